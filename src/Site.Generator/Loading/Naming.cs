using System.Text;

namespace Site.Generator.Loading;

/// <summary>How C# names map to the names authors write: properties to snake_case keys, enum members to kebab-case values.</summary>
public static class Naming
{
    public static string ToSnakeCase(string pascal) => Separate(pascal, '_');

    public static string ToKebabCase(string pascal) => Separate(pascal, '-');

    private static string Separate(string pascal, char separator)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) builder.Append(separator);
                builder.Append(char.ToLowerInvariant(c));
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
