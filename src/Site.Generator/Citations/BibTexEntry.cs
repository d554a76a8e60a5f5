using System.Globalization;
using System.Text;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// A BibTeX entry that BibTeX, biber and reference managers (Zotero, JabRef, citation-js) read back unchanged:
/// UTF-8 text with TeX's special characters escaped, capitalised words braced so that styles cannot lowercase them,
/// names braced where BibTeX would split them, and the URL verbatim.
/// </summary>
public static class BibTexEntry
{
    public static string Write(Citation c)
    {
        var p = c.Publication;
        var builder = new StringBuilder();
        builder.Append('@').Append(c.Kind.BibTex).Append('{').Append(c.Key).Append(",\n");
        Field("author", string.Join(" and ", c.Authors.Select(Name)));
        Field("title", ProtectCase(Escape(c.Title)));
        switch (p.Type)
        {
            case PublicationType.MastersThesis or PublicationType.PhdThesis:
                Field("school", Escape(c.Publisher));
                break;
            case PublicationType.Report or PublicationType.WorkingPaper:
                Field("institution", Escape(c.Publisher));
                Optional("number", p.Number);
                break;
            case PublicationType.ArticleJournal:
                Optional("journal", p.Journal);
                Optional("volume", p.Volume);
                Optional("number", p.Issue);
                Optional("pages", p.Pages?.Replace("-", "--", StringComparison.Ordinal));
                Optional("issn", p.Issn);
                break;
            case PublicationType.Chapter:
                Optional("booktitle", p.BookTitle);
                if (p.Editors.Count > 0) Field("editor", string.Join(" and ", p.Editors.Select(Name)));
                Optional("publisher", p.Publisher);
                Optional("pages", p.Pages?.Replace("-", "--", StringComparison.Ordinal));
                Optional("isbn", p.Isbn);
                break;
            case PublicationType.Book:
                Optional("publisher", p.Publisher);
                Optional("isbn", p.Isbn);
                break;
            case PublicationType.Dataset:
                Optional("publisher", p.Publisher);
                Optional("version", p.Version);
                break;
        }
        Optional("address", p.Place);
        Field("year", c.Year.ToString(CultureInfo.InvariantCulture));
        Optional("type", c.Genre);
        Optional("doi", p.Doi);
        Field("url", Url(c.Url));
        // biblatex reads langid (for hyphenation), Zotero and bibutils read language: both, so none loses it.
        Field("langid", LangId(c.Language));
        Field("language", Escape(c.Language));
        if (c.Note is not null) Field("note", Escape(c.Note));
        builder.Append("}\n");
        return builder.ToString();

        void Field(string name, string value) => builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        void Optional(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) Field(name, Escape(value.Trim()));
        }
    }

    /// <summary>Escapes the characters TeX gives a meaning; line breaks become spaces, since a field is one paragraph.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                // Not \{ and \}: BibTeX counts those braces too, so a lone one would unbalance the field.
                case '{': builder.Append(@"\textbraceleft{}"); break;
                case '}': builder.Append(@"\textbraceright{}"); break;
                case '%' or '&' or '#' or '$' or '_': builder.Append('\\').Append(ch); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '^': builder.Append(@"\textasciicircum{}"); break;
                case '\n' or '\r' or '\t': builder.Append(' '); break;
                default: builder.Append(ch); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// «Family, Given». A part that contains « and », a comma or a space is braced, so BibTeX keeps it one name
    /// part (a family name such as «van der Berg» is not split into particle and last name).
    /// </summary>
    private static string Name(Person person)
    {
        var family = Brace(Escape(person.Family.Trim()), always: person.Family.Trim().Contains(' '));
        var given = Brace(Escape(person.Given.Trim()), always: false);
        return given.Length == 0 ? family : $"{family}, {given}";
    }

    private static string Brace(string part, bool always) =>
        always || part.Contains(',') || part.Split(' ').Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase)) ? "{" + part + "}" : part;

    /// <summary>
    /// Braces every word with a capital letter (as Zotero's export does), so a style that changes the case of
    /// titles (plain.bst, biblatex's sentence case) keeps proper nouns such as "Dublin" as written. Styles keep the
    /// title's first letter anyway, so the first word is braced only for a capital further in (an acronym).
    /// </summary>
    private static string ProtectCase(string escapedTitle) =>
        string.Join(" ", escapedTitle.Split(' ').Select((word, i) => word.Skip(i == 0 ? 1 : 0).Any(char.IsUpper) ? "{" + word + "}" : word));

    /// <summary>biblatex reads url verbatim: TeX escapes would end up in the link, so only braces, backslashes and spaces are percent-encoded.</summary>
    private static string Url(string url) =>
        url.Replace("\\", "%5C", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    /// <summary>biblatex's langid takes babel/polyglossia language names, not BCP 47 tags.</summary>
    private static string LangId(string language) => language.ToLowerInvariant() switch
    {
        "nb" or "no" or "nb-no" => "norsk",
        "nn" or "nn-no" => "nynorsk",
        "en" => "english",
        "en-us" => "american",
        "en-gb" => "british",
        "sv" => "swedish",
        "da" => "danish",
        "de" => "ngerman",
        _ => language,
    };
}
