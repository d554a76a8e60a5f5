using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Site.Generator.Citations;

/// <summary>CSL-JSON, the input of citeproc (Zotero, Mendeley, Pandoc, citation-js): a list of one item.</summary>
public static class CslItem
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonObject Object(Citation c)
    {
        var item = new JsonObject
        {
            ["id"] = c.Key,
            ["citation-key"] = c.Key,
            ["type"] = "thesis",
            ["title"] = c.Title,
            ["author"] = new JsonArray(c.Authors.Select(a => (JsonNode)Name(a)).ToArray()),
            ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(c.Year)) },
            // APA's CSL style writes «[genre, publisher]» for a thesis, the publisher being the degree-granting institution.
            ["genre"] = c.Genre,
            ["publisher"] = c.Institution,
            ["URL"] = c.Url,
            ["language"] = c.Language,
        };
        if (c.Note is not null) item["note"] = c.Note;
        return item;
    }

    public static string Json(Citation c) => new JsonArray(Object(c)).ToJsonString(JsonOptions) + "\n";

    private static JsonObject Name(Model.Person person)
    {
        var name = new JsonObject { ["family"] = person.Family.Trim() };
        if (person.Given.Trim().Length > 0) name["given"] = person.Given.Trim();
        return name;
    }
}
