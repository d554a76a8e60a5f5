using System.Globalization;
using System.Text;
using Site.Generator.Model;

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
        var p = c.Publication;
        var builder = new StringBuilder();
        Tag("TY", c.Kind.Ris);
        foreach (var author in c.Authors)
            Tag("AU", author.Given.Trim().Length == 0 ? author.Family.Trim() : $"{author.Family.Trim()}, {author.Given.Trim()}");
        if (p.Type == PublicationType.Chapter)
            foreach (var editor in p.Editors) Tag("A2", $"{editor.Family.Trim()}, {editor.Given.Trim()}".TrimEnd(' ', ','));
        Tag("TI", c.Title);
        Tag("PY", c.Year.ToString(CultureInfo.InvariantCulture));
        Optional("PB", c.Publisher);   // THES: the university; RPRT: the institution
        Optional("CY", p.Place);
        Optional("M3", c.Genre);       // THES, RPRT: the type of work
        switch (p.Type)
        {
            case PublicationType.ArticleJournal:
                Optional("T2", p.Journal);
                Optional("VL", p.Volume);
                Optional("IS", p.Issue);
                Pages();
                Optional("SN", p.Issn);
                break;
            case PublicationType.Chapter:
                Optional("T2", p.BookTitle);
                Pages();
                Optional("SN", p.Isbn);
                break;
            case PublicationType.Book:
                Optional("SN", p.Isbn);
                break;
            case PublicationType.Report or PublicationType.WorkingPaper:
                Optional("SN", p.Number); // RPRT: the report number
                break;
            case PublicationType.Dataset:
                Optional("ET", p.Version);
                break;
        }
        Optional("DO", p.Doi);
        Tag("UR", c.Url);
        Tag("LA", c.Language);
        if (c.Note is not null) Tag("N1", c.Note);
        Tag("ER", "");
        return builder.ToString();

        void Optional(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) Tag(tag, value.Trim());
        }

        void Pages()
        {
            if (string.IsNullOrWhiteSpace(p.Pages)) return;
            var parts = p.Pages.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            Tag("SP", parts[0]);
            if (parts.Length == 2) Tag("EP", parts[1]);
        }

        void Tag(string tag, string value) =>
            builder.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append(LineEnd);
    }
}
