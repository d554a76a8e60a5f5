using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Site.Generator.Citations;

/// <summary>Writes a <see cref="Citation"/> in the formats researchers paste or import.</summary>
public static class CitationFormats
{
    /// <summary>APA 7 reference for an unpublished thesis, as citeproc renders it (plain text, title in italics marked by the caller).</summary>
    public static string Apa(Citation c) =>
        $"{ApaAuthors(c.Authors)} ({c.Year}). {c.Title} [{c.Genre}, {c.Institution}]. {c.Url}";

    public static string ApaHtml(Citation c) =>
        $"{Esc(ApaAuthors(c.Authors))} ({c.Year}). <i>{Esc(c.Title)}</i> [{Esc(c.Genre)}, {Esc(c.Institution)}]. {Esc(c.Url)}";

    private static string ApaAuthors(IReadOnlyList<Model.Person> authors)
    {
        var names = authors.Select(a => $"{a.Family}, {Initials(a.Given)}").ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            2 => $"{names[0]}, & {names[1]}",
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
    }

    private static string Initials(string given) =>
        string.Join(" ", given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            string.Join("-", part.Split('-').Select(p => p[..1] + "."))));

    /// <summary>Chicago author-date reference list entry, with Norwegian conjunction.</summary>
    public static string Chicago(Citation c)
    {
        var names = c.Authors.Select((a, i) => i == 0 ? $"{a.Family}, {a.Given}" : $"{a.Given} {a.Family}").ToList();
        var authors = names.Count <= 1 ? names.FirstOrDefault() ?? "" : string.Join(", ", names.Take(names.Count - 1)) + " og " + names[^1];
        return $"{authors}. {c.Year}. «{c.Title}» {c.Genre}, {c.Institution}. {c.Url}.";
    }

    public static string BibTex(Citation c)
    {
        var builder = new StringBuilder();
        builder.Append("@mastersthesis{").Append(c.Key).Append(",\n");
        Field("author", string.Join(" and ", c.Authors.Select(a => $"{a.Family}, {a.Given}")));
        Field("title", c.Title);
        Field("school", c.Institution);
        Field("year", c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("type", c.Genre);
        Field("url", c.Url);
        Field("langid", c.Language == "nb" ? "norsk" : c.Language);
        if (c.Note is not null) Field("note", c.Note);
        builder.Append("}\n");
        return builder.ToString();

        void Field(string name, string value) => builder.Append("  ").Append(name).Append(" = {").Append(BibEscape(value)).Append("},\n");
    }

    private static string BibEscape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            builder.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' or '&' or '#' or '$' or '_' => "\\" + ch,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\n' or '\r' => " ",
                _ => ch.ToString(),
            });
        }
        return builder.ToString();
    }

    public static string Ris(Citation c)
    {
        var builder = new StringBuilder();
        void Tag(string tag, string value) => builder.Append(tag).Append("  - ").Append(value.Replace('\n', ' ').Replace('\r', ' ')).Append("\r\n");
        Tag("TY", "THES");
        foreach (var author in c.Authors) Tag("AU", $"{author.Family}, {author.Given}");
        Tag("TI", c.Title);
        Tag("PY", c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Tag("PB", c.Institution);
        Tag("M3", c.Genre);
        Tag("UR", c.Url);
        Tag("LA", c.Language);
        if (c.Note is not null) Tag("N1", c.Note);
        builder.Append("ER  - \r\n");
        return builder.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonObject CslObject(Citation c)
    {
        var item = new JsonObject
        {
            ["id"] = c.Key,
            ["type"] = "thesis",
            ["title"] = c.Title,
            ["author"] = new JsonArray(c.Authors.Select(a => (JsonNode)new JsonObject { ["family"] = a.Family, ["given"] = a.Given }).ToArray()),
            ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(c.Year)) },
            ["genre"] = c.Genre,
            ["publisher"] = c.Institution,
            ["URL"] = c.Url,
            ["language"] = c.Language,
        };
        if (c.Note is not null) item["note"] = c.Note;
        return item;
    }

    public static string CslJson(Citation c) => new JsonArray(CslObject(c)).ToJsonString(JsonOptions) + "\n";

    private static string Esc(string text) => Rendering.HtmlText.Escape(text);
}
