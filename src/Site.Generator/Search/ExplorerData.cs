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
/// <remarks>
/// The reader downloads this file before the first results, so it is kept small: each facet's values are listed
/// once under <c>facets</c> (as [id, label]) and items refer to them by index, under one-letter keys:
/// k kind, i id (quotes: the CSV needs it), u url, h heading, x text, p the containing chapter (sections),
/// n section numbers, and the facets r question, d dimension, t theme, c case, s speaker, b concept ("begrep").
/// Empty lists are left out. Items stand in reading order, so their position is the order in the thesis.
/// </remarks>
public static class ExplorerData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(StudyModel model)
    {
        var facets = new Facets(model);
        var reading = new ReadingOrder(model);
        var items = new List<(ReadingOrder.Key Key, JsonObject Item)>();
        foreach (var chapter in model.Chapters)
        {
            items.Add((reading.Of(chapter.Url, 0, 0), ChapterItem(chapter)));
            foreach (var section in chapter.Sections) items.Add((reading.Of(section.Url, 0, 0), SectionItem(section)));
        }
        foreach (var quote in model.Quotes) items.Add((reading.First(quote.Sections.Select(s => s.Url), 1, quote.Order), QuoteItem(quote, facets)));
        foreach (var finding in model.Findings) items.Add((reading.First(finding.SectionRef is { } s ? [s.Url] : [], 2, finding.Order), FindingItem(finding, facets)));
        for (var i = 0; i < model.Documents.Count; i++)
            items.Add((reading.First(model.Documents[i].CitingSections.Select(s => s.Url), 3, i), DocumentItem(model.Documents[i], facets)));

        var ordered = new JsonArray(items.OrderBy(i => i.Key).Select(i => (JsonNode)i.Item).ToArray());
        var anonymous = new JsonArray(model.Informants.Where(i => !i.IsPseudonym).Select(i => (JsonNode)JsonValue.Create(i.Id)).ToArray());
        return new JsonObject { ["facets"] = facets.ToJson(), ["anonymous"] = anonymous, ["items"] = ordered }.ToJsonString(Options);
    }

    private static JsonObject QuoteItem(Quote quote, Facets facets) => Item("quote", quote.Url, null, quote.Text, facets,
        question: quote.Theme.Dimension.Question is { } q ? [q] : [],
        dimensions: [quote.Theme.Dimension],
        themes: [quote.Theme],
        cases: quote.Case is null ? [] : [quote.Case],
        speakers: [quote.Speaker],
        concepts: quote.Findings.SelectMany(f => f.Concepts),
        sections: quote.Sections.Select(SectionName), id: quote.Id);

    private static JsonObject FindingItem(Finding finding, Facets facets) => Item("finding", finding.Url, finding.Title, finding.Statement, facets,
        question: finding.Question is { } q ? [q] : [],
        dimensions: finding.Themes.Select(t => t.Dimension),
        themes: finding.Themes,
        cases: finding.Cases,
        speakers: finding.Quotes.Select(q => q.Speaker),
        concepts: finding.Concepts,
        sections: [finding.Section]);

    private static JsonObject DocumentItem(Document document, Facets facets) => Item("document", document.Url, document.Label, document.Description ?? "", facets,
        cases: document.Case is null ? [] : [document.Case],
        sections: document.CitingSections.Select(SectionName));

    private static JsonObject SectionItem(Section section)
    {
        var item = Item("section", section.Url, section.Label, null, null, sections: section.Number is null ? [] : [section.Number]);
        item["p"] = ChapterName(section.Chapter);
        return item;
    }

    /// <summary>A chapter's opening, before its first heading: a section of its own, so search hits there have a place.</summary>
    private static JsonObject ChapterItem(Chapter chapter) => Item("section", chapter.Url, ChapterName(chapter), null, null,
        sections: chapter.Kind == ChapterKind.Chapter && chapter.Number is { } n ? [n.ToString(CultureInfo.InvariantCulture)] : []);

    private static string ChapterName(Chapter chapter) => chapter.Kind == ChapterKind.Front ? chapter.Title : $"{chapter.Label}: {chapter.Title}";

    private static string SectionName(Section section) => section.Number ?? section.Title;

    private static JsonObject Item(string kind, string url, string? heading, string? text, Facets? facets,
        IEnumerable<ResearchQuestion>? question = null, IEnumerable<Dimension>? dimensions = null, IEnumerable<Theme>? themes = null,
        IEnumerable<Case>? cases = null, IEnumerable<Informant>? speakers = null, IEnumerable<Concept>? concepts = null,
        IEnumerable<string>? sections = null, string? id = null)
    {
        var item = new JsonObject { ["k"] = kind };
        if (id is not null) item["i"] = id;
        item["u"] = url;
        if (heading is not null) item["h"] = heading;
        if (!string.IsNullOrEmpty(text)) item["x"] = text;
        if (facets is not null)
        {
            Add(item, "r", facets.Questions, question?.Select(q => q.Number.ToString(CultureInfo.InvariantCulture)));
            Add(item, "d", facets.Dimensions, dimensions?.Select(d => d.Id));
            Add(item, "t", facets.Themes, themes?.Select(t => t.Id));
            Add(item, "c", facets.Cases, cases?.Select(c => c.Id));
            Add(item, "s", facets.Speakers, speakers?.Select(s => s.Id));
            Add(item, "b", facets.Concepts, concepts?.Select(c => c.Id));
        }
        var names = sections?.Distinct().ToArray() ?? [];
        if (names.Length > 0) item["n"] = new JsonArray(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        return item;
    }

    private static void Add(JsonObject item, string key, Facet facet, IEnumerable<string>? ids)
    {
        var indexes = ids?.Select(facet.IndexOf).Distinct().Order().ToArray() ?? [];
        if (indexes.Length > 0) item[key] = new JsonArray(indexes.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
    }

    /// <summary>The values of one facet, in the order the explorer lists them.</summary>
    private sealed class Facet(IEnumerable<(string Id, string Label)> values)
    {
        private readonly List<(string Id, string Label)> _values = values.ToList();

        public int IndexOf(string id) => _values.FindIndex(v => v.Id == id) is var i and >= 0 ? i : throw new KeyNotFoundException(id);

        public JsonArray ToJson() => new(_values.Select(v => (JsonNode)new JsonArray(JsonValue.Create(v.Id), JsonValue.Create(v.Label))).ToArray());
    }

    private sealed class Facets(StudyModel model)
    {
        public Facet Questions { get; } = new(model.Study.ResearchQuestions.OrderBy(q => q.Number).Select(q => (q.Number.ToString(CultureInfo.InvariantCulture), $"{q.Number}. {q.Text}")));
        public Facet Dimensions { get; } = new(model.Dimensions.Select(d => (d.Id, d.Title)));
        public Facet Themes { get; } = new(model.Themes.Select(t => (t.Id, t.Title)));
        public Facet Cases { get; } = new(model.Cases.Select(c => (c.Id, c.ShortName)));
        public Facet Speakers { get; } = new(model.Informants.Select(i => (i.Id, i.Name)));
        public Facet Concepts { get; } = new(model.Concepts.OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false)).Select(c => (c.Id, c.Name)));

        public JsonObject ToJson() => new()
        {
            ["question"] = Questions.ToJson(), ["dimension"] = Dimensions.ToJson(), ["theme"] = Themes.ToJson(),
            ["case"] = Cases.ToJson(), ["speaker"] = Speakers.ToJson(), ["concept"] = Concepts.ToJson(),
        };
    }

    /// <summary>
    /// Where things stand in the thesis: a chapter's opening, then its sections, in reading order. A quote stands
    /// where it first appears, a finding in its section, a document where it is first cited; what stands nowhere comes last.
    /// </summary>
    private sealed class ReadingOrder
    {
        public readonly record struct Key(int Position, int Rank, int Order) : IComparable<Key>
        {
            public int CompareTo(Key other) => (Position, Rank, Order).CompareTo((other.Position, other.Rank, other.Order));
        }

        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public ReadingOrder(StudyModel model)
        {
            foreach (var chapter in model.Chapters)
            {
                _positions.TryAdd(chapter.Url, _positions.Count);
                foreach (var section in chapter.Sections) _positions.TryAdd(section.Url, _positions.Count);
            }
        }

        public Key Of(string url, int rank, int order) => new(_positions.GetValueOrDefault(url, int.MaxValue), rank, order);

        public Key First(IEnumerable<string> urls, int rank, int order) =>
            new(urls.Select(u => _positions.GetValueOrDefault(u, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min(), rank, order);
    }

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
                string.Join("; ", quote.Sections.Select(SectionName).Distinct()), absoluteUrl(quote.Url),
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
