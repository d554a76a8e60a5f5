using System.Globalization;
using System.Text;

namespace Site.Synthetic;

/// <summary>Writes YAML by hand: every string double-quoted (so no word can be read as a number, a bool or a key), lists inline.</summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    public static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
