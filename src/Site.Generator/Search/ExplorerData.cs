using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Search;

/// <summary>
/// The evidence as data for the findings explorer: every quote, finding, section and document with its facets
/// (research question, dimension, theme, case, speaker, concept, kind). The explorer filters and counts these
/// exactly; Pagefind adds full-text search with Norwegian stemming. The same rows make the CSV download.
/// </summary>
/// <remarks>
/// The reader downloads <c>data.json</c> before the first results, so it holds only what filtering and counting
/// need, and no text: each facet's values once under <c>facets</c> (as [id, label]); <c>kinds</c>, one letter per
/// item (q quote, f finding, s section, d document); and under <c>values</c>, for each facet, one list per item of
/// the indexes of its values. Items stand in reading order (<see cref="ExplorerItems"/>), so their position is
/// their order in the thesis and their number in the other files. <c>wordings</c> pairs each quote that words an
/// utterance a second time with its first wording, so that the explorer counts utterances, as the rest of the site does.
/// The words come in small files of <see cref="ChunkSize"/> items each (<see cref="ExplorerTexts"/>), fetched for
/// the results on screen and for downloads, so the first view grows by a few bytes per item, not by their words.
/// <c>texts</c> names their folder and size, <c>words</c> the word index's folder and the first word of each of its
/// chunks (<see cref="ExplorerWords"/>).
/// </remarks>
public static class ExplorerData
{
    /// <summary>
    /// Items per text file. The first view, in reading order, needs one or two; a view in order of relevance or
    /// under a narrow filter needs up to one per card, so a chunk is kept small (about 2–4 KB compressed).
    /// </summary>
    public const int ChunkSize = 32;

    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The data file, the text files and the vocabulary, with their paths under the explorer's folder.</summary>
    public static IEnumerable<(string Path, string Text)> Files(StudyModel model, UrlScheme urls, Localization.Locale locale)
    {
        var facets = new ExplorerFacets(model, locale.Collation);
        var items = ExplorerItems.Of(model, facets);
        var texts = ExplorerTexts.Chunks(items, ChunkSize, urls.Words["explorer_texts"] + "/");
        var words = ExplorerWords.WordIndex(items, urls.Words["explorer_words"] + "/", locale.Culture);
        yield return (DataFile, Core(model, urls, facets, items, texts, words));
        foreach (var file in texts.Files) yield return file;
        foreach (var file in words.Files) yield return file;
        yield return (urls.Words["explorer_vocabulary"], words.Vocabulary);
    }

    public const string DataFile = "data.json";

    private static string Core(StudyModel model, UrlScheme urls, ExplorerFacets facets, IReadOnlyList<ExplorerItem> items, ExplorerTexts.Result texts, ExplorerWords.Index words)
    {
        var values = new JsonObject();
        for (var f = 0; f < facets.Keys.Count; f++)
            values[facets.Keys[f]] = new JsonArray(items.Select(item => (JsonNode)new JsonArray(item.Facets[f].Select(v => (JsonNode)JsonValue.Create(v)).ToArray())).ToArray());
        return new JsonObject
        {
            ["facets"] = facets.ToJson(),
            ["anonymous"] = new JsonArray(model.Informants.Where(i => !i.IsPseudonym).Select(i => (JsonNode)JsonValue.Create(i.Id)).ToArray()),
            ["texts"] = new JsonObject { ["folder"] = urls.Explorer + texts.Folder, ["size"] = ChunkSize, ["files"] = Strings(texts.Names) },
            ["words"] = new JsonObject { ["folder"] = urls.Explorer + words.Folder, ["first"] = Strings(words.FirstWords), ["files"] = Strings(words.Names) },
            ["kinds"] = string.Concat(items.Select(item => KindLetter(item.Kind))),
            ["values"] = values,
            ["wordings"] = Wordings(items),
        }.ToJsonString(Options);
    }

    /// <summary>[item, item of its first wording] for every quote that words an utterance a second time.</summary>
    private static JsonArray Wordings(IReadOnlyList<ExplorerItem> items)
    {
        var quotes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++) if (items[i].Kind == "quote") quotes[items[i].Id] = i;
        var pairs = new JsonArray();
        for (var i = 0; i < items.Count; i++)
            if (items[i].VariantOf is { } first) pairs.Add(new JsonArray(JsonValue.Create(i), JsonValue.Create(quotes[first])));
        return pairs;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static char KindLetter(string kind) => kind switch
    {
        "quote" => 'q', "finding" => 'f', "section" => 's', "document" => 'd',
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind the explorer shows"),
    };

    /// <summary>
    /// All quotes as CSV (RFC 4180), the same columns the explorer's download writes for a selection: one column per
    /// level of the coding, named by the level's key, with the quote's codes at that level.
    /// </summary>
    public static string Csv(StudyModel model, Func<string, string> absoluteUrl)
    {
        var header = new[] { "id", "text", "speaker", "case" }.Concat(model.Levels.Select(l => l.Key)).Concat(["research_question", "sections", "url"]);
        var csv = new StringBuilder(string.Join(',', header)).Append("\r\n");
        foreach (var quote in model.Quotes)
        {
            var coded = quote.Codes.SelectMany(c => c.SelfAndAncestors()).Distinct().ToList();
            var fields = new List<string> { quote.Id, quote.Text, quote.Speaker.Name, quote.Case?.ShortName ?? "" };
            fields.AddRange(model.Levels.Select(level => string.Join("; ", coded.Where(c => c.Level == level).Select(c => c.Title))));
            fields.Add(string.Join("; ", quote.Questions.Select(q => q.Number.ToString(CultureInfo.InvariantCulture))));
            fields.Add(string.Join("; ", quote.Sections.Select(ExplorerItems.SectionName).Distinct()));
            fields.Add(absoluteUrl(quote.Url));
            csv.Append(string.Join(',', fields.Select(CsvField))).Append("\r\n");
        }
        return csv.ToString();
    }

    public static string CsvField(string value)
    {
        // A leading =, +, - or @ would be read as a formula by spreadsheets; so would one after a leading tab or
        // carriage return, which some of them strip first (OWASP's list of CSV injection characters).
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith('\'') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
