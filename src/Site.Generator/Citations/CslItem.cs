using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Site.Generator.Citations;

/// <summary>CSL-JSON, the input of citeproc (Zotero, Mendeley, Pandoc, citation-js): a list of one item.</summary>
public static class CslItem
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Json(Citation c) => Rendering.JsonText.Write(WriterOptions, json =>
    {
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("id", c.Key);
        json.WriteString("citation-key", c.Key);
        json.WriteString("type", "thesis");
        json.WriteString("title", c.Title);
        json.WriteStartArray("author");
        foreach (var person in c.Authors)
        {
            json.WriteStartObject();
            json.WriteString("family", person.Family.Trim());
            if (person.Given.Trim().Length > 0) json.WriteString("given", person.Given.Trim());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(c.Year);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
        // APA's CSL style writes «[genre, publisher]» for a thesis, the publisher being the degree-granting institution.
        json.WriteString("genre", c.Genre);
        json.WriteString("publisher", c.Institution);
        json.WriteString("URL", c.Url);
        json.WriteString("language", c.Language);
        if (c.Note is not null) json.WriteString("note", c.Note);
        json.WriteEndObject();
        json.WriteEndArray();
    }) + "\n";
}
