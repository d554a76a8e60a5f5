using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Site.Generator.Model;

namespace Site.Generator.Search;

/// <summary>
/// The evidence as data for the findings explorer: every quote, finding, section and document with its facets
/// (research question, dimension, theme, case, speaker, concept, kind). The explorer filters and counts these
/// exactly; Pagefind adds full-text search with Norwegian stemming. The same rows make the CSV download.
/// </summary>
public static class ExplorerData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(StudyModel model)
    {
        var labels = new JsonObject
        {
            ["question"] = Labels(model.Study.ResearchQuestions.OrderBy(q => q.Number).Select(q => (q.Number.ToString(CultureInfo.InvariantCulture), $"{q.Number}. {q.Text}"))),
            ["dimension"] = Labels(model.Dimensions.Select(d => (d.Id, d.Title))),
            ["theme"] = Labels(model.Themes.Select(t => (t.Id, t.Title))),
            ["case"] = Labels(model.Cases.Select(c => (c.Id, c.ShortName))),
            ["speaker"] = Labels(model.Informants.Select(i => (i.Id, i.Name))),
            ["concept"] = Labels(model.Concepts.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Id, c.Name))),
        };
        var items = new JsonArray();
        foreach (var quote in model.Quotes) items.Add(QuoteItem(quote));
        foreach (var finding in model.Findings) items.Add(FindingItem(finding));
        foreach (var section in model.Chapters.SelectMany(c => c.Sections)) items.Add(SectionItem(section));
        foreach (var document in model.Documents) items.Add(DocumentItem(document));
        var anonymous = new JsonArray(model.Informants.Where(i => !i.IsPseudonym).Select(i => (JsonNode)JsonValue.Create(i.Id)).ToArray());
        return new JsonObject { ["labels"] = labels, ["anonymous"] = anonymous, ["items"] = items }.ToJsonString(Options);
    }

    private static JsonObject Labels(IEnumerable<(string Id, string Label)> pairs)
    {
        var result = new JsonObject();
        foreach (var (id, label) in pairs) result[id] = label;
        return result;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Distinct().Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static JsonObject QuoteItem(Quote quote) => new()
    {
        ["kind"] = "quote",
        ["id"] = quote.Id,
        ["url"] = quote.Url,
        ["order"] = quote.Order,
        ["text"] = quote.Text,
        ["speaker"] = Array([quote.Speaker.Id]),
        ["case"] = Array(quote.Case is null ? [] : [quote.Case.Id]),
        ["dimension"] = Array([quote.Theme.Dimension.Id]),
        ["theme"] = Array([quote.Theme.Id]),
        ["question"] = Array(quote.Theme.Dimension.Question is { } q ? [q.Number.ToString(CultureInfo.InvariantCulture)] : []),
        ["concept"] = Array(quote.Findings.SelectMany(f => f.Concepts).Select(c => c.Id)),
        ["sections"] = Array(quote.Sections.Select(s => s.Number ?? s.Title)),
    };

    private static JsonObject FindingItem(Finding finding) => new()
    {
        ["kind"] = "finding",
        ["id"] = finding.Id,
        ["url"] = finding.Url,
        ["order"] = 100_000 + finding.Order,
        ["title"] = finding.Title,
        ["text"] = finding.Statement,
        ["speaker"] = Array(finding.Quotes.Select(q => q.Speaker.Id)),
        ["case"] = Array(finding.Cases.Select(c => c.Id)),
        ["dimension"] = Array(finding.Themes.Select(t => t.Dimension.Id)),
        ["theme"] = Array(finding.Themes.Select(t => t.Id)),
        ["question"] = Array(finding.Question is { } q ? [q.Number.ToString(CultureInfo.InvariantCulture)] : []),
        ["concept"] = Array(finding.Concepts.Select(c => c.Id)),
        ["sections"] = Array([finding.Section]),
    };

    private static JsonObject SectionItem(Section section) => new()
    {
        ["kind"] = "section",
        ["id"] = section.Chapter.Url + "#" + section.Anchor,
        ["url"] = section.Url,
        ["order"] = 200_000 + section.Order,
        ["title"] = section.Label,
        ["text"] = section.Chapter.Label,
        ["speaker"] = new JsonArray(),
        ["case"] = new JsonArray(),
        ["dimension"] = new JsonArray(),
        ["theme"] = new JsonArray(),
        ["question"] = new JsonArray(),
        ["concept"] = new JsonArray(),
        ["sections"] = Array(section.Number is null ? [] : [section.Number]),
    };

    private static JsonObject DocumentItem(Document document) => new()
    {
        ["kind"] = "document",
        ["id"] = document.Id,
        ["url"] = document.Url,
        ["order"] = 300_000,
        ["title"] = document.Label,
        ["text"] = document.Description ?? "",
        ["speaker"] = new JsonArray(),
        ["case"] = Array(document.Case is null ? [] : [document.Case.Id]),
        ["dimension"] = new JsonArray(),
        ["theme"] = new JsonArray(),
        ["question"] = new JsonArray(),
        ["concept"] = new JsonArray(),
        ["sections"] = Array(document.CitingSections.Select(s => s.Number ?? s.Title)),
    };

    /// <summary>All quotes as CSV (RFC 4180), the same columns the explorer's download writes for a selection.</summary>
    public static string Csv(StudyModel model, Func<string, string> absoluteUrl)
    {
        var csv = new StringBuilder("id,text,speaker,municipality,dimension,theme,research_question,sections,url\r\n");
        foreach (var quote in model.Quotes)
        {
            string[] fields =
            [
                quote.Id, quote.Text, quote.Speaker.Name, quote.Case?.ShortName ?? "", quote.Theme.Dimension.Title, quote.Theme.Title,
                quote.Theme.Dimension.Question?.Number.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join("; ", quote.Sections.Select(s => s.Number ?? s.Title)), absoluteUrl(quote.Url),
            ];
            csv.Append(string.Join(',', fields.Select(CsvField))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string CsvField(string value)
    {
        // A leading =, +, - or @ would be read as a formula by spreadsheets.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith('\'') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
