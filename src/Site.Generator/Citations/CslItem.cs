using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// CSL-JSON, the input of citeproc (Zotero, Mendeley, Pandoc, citation-js): the item each citing page offers as a
/// file, and what citeproc-js renders the study's references from. Each publication type fills the variables its CSL
/// type has: a thesis its genre and university (CSL's publisher), a report its institution and number, an article
/// its journal, volume, issue and pages.
/// </summary>
public static class CslItem
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A list of one item, as a reference manager imports it.</summary>
    public static string Json(Citation c) => Rendering.JsonText.Write(WriterOptions, json =>
    {
        json.WriteStartArray();
        Write(json, c);
        json.WriteEndArray();
    }) + "\n";

    /// <summary>The item alone, on one line: what citeproc-js is given.</summary>
    public static string Object(Citation c) => Rendering.JsonText.Write(Compact, json => Write(json, c));

    private static void Write(Utf8JsonWriter json, Citation c)
    {
        var p = c.Publication;
        json.WriteStartObject();
        json.WriteString("id", c.Key);
        json.WriteString("citation-key", c.Key);
        json.WriteString("type", c.Kind.Csl);
        json.WriteString("title", c.Title);
        Names(json, "author", c.Authors);
        if (p.Type == PublicationType.Chapter) Names(json, "editor", p.Editors);
        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(c.Year);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
        // APA's CSL style writes «[genre, publisher]» for a thesis, the publisher being the degree-granting institution.
        Optional(json, "genre", c.Genre);
        Optional(json, "publisher", c.Publisher);
        Optional(json, "publisher-place", p.Place);
        switch (p.Type)
        {
            case PublicationType.ArticleJournal:
                Optional(json, "container-title", p.Journal);
                Optional(json, "volume", p.Volume);
                Optional(json, "issue", p.Issue);
                Optional(json, "page", p.Pages);
                Optional(json, "ISSN", p.Issn);
                break;
            case PublicationType.Chapter:
                Optional(json, "container-title", p.BookTitle);
                Optional(json, "page", p.Pages);
                Optional(json, "ISBN", p.Isbn);
                break;
            case PublicationType.Book:
                Optional(json, "ISBN", p.Isbn);
                break;
            case PublicationType.Report or PublicationType.WorkingPaper:
                Optional(json, "number", p.Number);
                break;
            case PublicationType.Dataset:
                Optional(json, "version", p.Version);
                break;
        }
        Optional(json, "DOI", p.Doi);
        json.WriteString("URL", c.Url);
        json.WriteString("language", c.Language);
        if (c.Note is not null) json.WriteString("note", c.Note);
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string variable, IReadOnlyList<Person> people)
    {
        if (people.Count == 0 && variable != "author") return;
        json.WriteStartArray(variable);
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteString("family", person.Family.Trim());
            if (person.Given.Trim().Length > 0) json.WriteString("given", person.Given.Trim());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json.WriteString(name, value.Trim());
    }

    internal static string Year(Citation c) => c.Year.ToString(CultureInfo.InvariantCulture);
}
