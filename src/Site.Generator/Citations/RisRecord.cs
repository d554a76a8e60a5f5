using System.Globalization;
using System.Text;

namespace Site.Generator.Citations;

/// <summary>
/// A RIS record as the specification writes it: every line <c>XX␣␣-␣value</c> and ended by CR LF, <c>TY</c> first,
/// <c>ER</c> last. A value is one line, so line breaks inside it become spaces.
/// </summary>
public static class RisRecord
{
    public const string LineEnd = "\r\n";

    public static string Write(Citation c)
    {
        var builder = new StringBuilder();
        Tag("TY", "THES");
        foreach (var author in c.Authors)
            Tag("AU", author.Given.Trim().Length == 0 ? author.Family.Trim() : $"{author.Family.Trim()}, {author.Given.Trim()}");
        Tag("TI", c.Title);
        Tag("PY", c.Year.ToString(CultureInfo.InvariantCulture));
        Tag("PB", c.Institution);   // for THES: the university
        Tag("M3", c.Genre);         // for THES: the type of thesis
        Tag("UR", c.Url);
        Tag("LA", c.Language);
        if (c.Note is not null) Tag("N1", c.Note);
        Tag("ER", "");
        return builder.ToString();

        void Tag(string tag, string value) =>
            builder.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append(LineEnd);
    }
}
