using System.Globalization;
using Site.Generator.Model;

namespace Site.Generator.Search;

/// <summary>One thing the findings explorer can show: a quote, a finding, a chapter section or a document.</summary>
/// <param name="Kind">quote, finding, section or document.</param>
/// <param name="Id">A quote's id (the downloads need it); empty for the rest.</param>
/// <param name="Heading">A finding's title, a section's or a document's label; empty for quotes.</param>
/// <param name="Text">A quote's words, a finding's statement, a document's description; empty for sections.</param>
/// <param name="Parent">The chapter a section belongs to.</param>
/// <param name="Sections">The numbers (or titles) of the sections the item stands in.</param>
/// <param name="Facets">For each facet of <see cref="ExplorerFacets"/>, the indexes of the item's values.</param>
/// <param name="Speaker">A quote's speaker, whose name finds the quote too.</param>
public sealed record ExplorerItem(string Kind, string Id, string Url, string Heading, string Text, string Parent,
    IReadOnlyList<string> Sections, IReadOnlyList<IReadOnlyList<int>> Facets, string Speaker)
{
    /// <summary>For a quote that words an utterance a second time, the id of its first wording; the explorer counts the utterance once.</summary>
    public string? VariantOf { get; init; }
}

/// <summary>
/// Every item the explorer shows, in reading order: a chapter's opening, then its sections; a quote where it first
/// appears, a finding in its section, a document where it is first cited; what stands nowhere comes last. An item's
/// position in this list is its number in every file the explorer reads (data, texts, the search page map).
/// </summary>
public static class ExplorerItems
{
    public static IReadOnlyList<ExplorerItem> Of(StudyModel model, ExplorerFacets facets)
    {
        var reading = new ReadingOrder(model);
        var items = new List<(ReadingOrder.Key Key, ExplorerItem Item)>();
        foreach (var chapter in model.Chapters)
        {
            items.Add((reading.Of(chapter.Url, 0, 0), ChapterItem(chapter, facets)));
            foreach (var section in chapter.Sections) items.Add((reading.Of(section.Url, 0, 0), SectionItem(section, facets)));
        }
        foreach (var quote in model.Quotes) items.Add((reading.First(quote.Sections.Select(s => s.Url), 1, quote.Order), QuoteItem(quote, facets)));
        foreach (var finding in model.Findings) items.Add((reading.First(finding.SectionRef is { } s ? [s.Url] : [], 2, finding.Order), FindingItem(finding, facets)));
        for (var i = 0; i < model.Documents.Count; i++)
            items.Add((reading.First(model.Documents[i].CitingSections.Select(s => s.Url), 3, i), DocumentItem(model.Documents[i], facets)));
        return items.OrderBy(i => i.Key).Select(i => i.Item).ToList();
    }

    private static ExplorerItem QuoteItem(Quote quote, ExplorerFacets facets) => new("quote", quote.Id, quote.Url, "", quote.Text, "",
        SectionNames(quote.Sections),
        facets.IndexesOf(
            questions: quote.Questions,
            codes: quote.Codes,
            cases: quote.Case is null ? [] : [quote.Case],
            speakers: [quote.Speaker],
            concepts: quote.Findings.SelectMany(f => f.Concepts)),
        quote.Speaker.Name) { VariantOf = quote.VariantOf?.Id };

    private static ExplorerItem FindingItem(Finding finding, ExplorerFacets facets) => new("finding", "", finding.Url, finding.Title, finding.Statement, "",
        [finding.Section],
        facets.IndexesOf(
            questions: finding.Question is { } q ? [q] : [],
            codes: finding.Codes,
            cases: finding.Cases,
            speakers: finding.Quotes.Select(q => q.Speaker),
            concepts: finding.Concepts),
        "");

    private static ExplorerItem DocumentItem(Document document, ExplorerFacets facets) => new("document", "", document.Url, document.Label, document.Description ?? "", "",
        SectionNames(document.CitingSections),
        facets.IndexesOf(cases: document.Case is null ? [] : [document.Case]),
        "");

    private static ExplorerItem SectionItem(Section section, ExplorerFacets facets) => new("section", "", section.Url, section.Label, "", ChapterName(section.Chapter),
        section.Number is null ? [] : [section.Number], facets.None, "");

    /// <summary>A chapter's opening, before its first heading: a section of its own, so search hits there have a place.</summary>
    private static ExplorerItem ChapterItem(Chapter chapter, ExplorerFacets facets) => new("section", "", chapter.Url, ChapterName(chapter), "", "",
        chapter.Kind == ChapterKind.Chapter && chapter.Number is { } n ? [n.ToString(CultureInfo.InvariantCulture)] : [], facets.None, "");

    private static string ChapterName(Chapter chapter) => chapter.Kind == ChapterKind.Front ? chapter.Title : $"{chapter.Label}: {chapter.Title}";

    public static string SectionName(Section section) => section.Number ?? section.Title;

    private static IReadOnlyList<string> SectionNames(IEnumerable<Section> sections) => sections.Select(SectionName).Distinct().ToList();

    /// <summary>Where things stand in the thesis: the position of each chapter and section, in reading order.</summary>
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
}
