using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// Full-text search in the explorer: Pagefind with Norwegian stemming (æøå included), hits placed in their
/// chapter section, a typo-tolerant fallback, and a plain search over the items' own text when the index is missing.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed partial class ExplorerSearchTests(ServedSite served)
{
    private static StudyModel Model => StudyData.ThesisModel;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private static IEnumerable<string> WordsOf(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    /// <summary>Quotes that hold one of the forms as a word, but not the form searched for: found only by stemming.</summary>
    private static List<Quote> QuotesWithOnlyOtherForms(string query, string[] forms) =>
        Model.Quotes.Where(q => WordsOf(q.Text).Intersect(forms).Any() && !WordsOf(q.Text).Contains(query)).ToList();

    [Theory]
    [InlineData("ledere", new[] { "leder", "lederen" })]
    [InlineData("kommunens", new[] { "kommune", "kommunen" })]
    [InlineData("løsningene", new[] { "løsning", "løsninger" })]
    public async Task An_inflected_form_finds_quotes_with_other_forms_of_the_word(string query, string[] forms)
    {
        var expected = QuotesWithOnlyOtherForms(query, forms);
        Assert.NotEmpty(expected);
        await using var explorer = await ExplorerPage.OpenAsync(served);

        await explorer.SearchAsync(query);

        var shown = await explorer.QuoteResultUrlsAsync();
        foreach (var quote in expected)
        {
            Assert.Contains($"/sitater/{quote.Id}/", shown);
            var marks = await explorer.Page.Locator($".explorer-results a[href=\"/sitater/{quote.Id}/\"] mark").AllTextContentsAsync();
            Assert.Contains(marks, m => forms.Contains(m.ToLowerInvariant()));
        }
        Assert.StartsWith($"{await explorer.Page.GetAttributeAsync("#explorer", "data-results")} ", await explorer.StatusAsync());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task A_word_finds_the_compounds_it_begins()
    {
        // «innovasjonsarbeidet», «innovasjonsstrategi» …: Pagefind matches whole stems and misses them; the word index does not.
        var expected = Model.Quotes.Where(q => WordsOf(q.Text).Any(w => w.StartsWith("innovasjons", StringComparison.Ordinal)))
            .Select(q => $"/sitater/{q.Id}/").ToList();
        Assert.NotEmpty(expected);
        await using var explorer = await ExplorerPage.OpenAsync(served);

        await explorer.SearchAsync("innovasjon");

        var shown = await explorer.QuoteResultUrlsAsync();
        Assert.All(expected, url => Assert.Contains(url, shown));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task A_word_from_the_running_text_finds_the_section_it_stands_in()
    {
        var (word, section) = WordOfExactlyOneSection();
        await using var explorer = await ExplorerPage.OpenAsync(served, "?type=avsnitt");

        await explorer.SearchAsync(word);

        Assert.Contains(section, await explorer.ResultUrlsAsync());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task A_misspelt_word_falls_back_to_similar_words_and_says_so()
    {
        const string typo = "innovasjn";
        var expected = Model.Quotes.Where(q => WordsOf(q.Text).Contains("innovasjon")).Select(q => $"/sitater/{q.Id}/").ToList();
        Assert.NotEmpty(expected);
        await using var explorer = await ExplorerPage.OpenAsync(served);

        await explorer.SearchAsync(typo);

        var shown = await explorer.QuoteResultUrlsAsync();
        Assert.All(expected, url => Assert.Contains(url, shown));
        var notice = explorer.Page.Locator(".explorer-notice");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("innovasjon", await notice.TextContentAsync());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Without_the_search_index_the_explorer_searches_the_items_own_text()
    {
        await using var explorer = await ExplorerPage.NewAsync(served);
        await explorer.Page.RouteAsync("**/pagefind/**", route => route.AbortAsync());
        explorer.Expected = message => message.Location.Contains("/pagefind/", StringComparison.Ordinal);
        await explorer.GoToAsync("?type=sitat");

        await explorer.SearchAsync("kommunens");

        var expected = Model.Quotes.Where(q => WordsOf(q.Text).Any(w => w.StartsWith("kommun", StringComparison.Ordinal)))
            .Select(q => $"/sitater/{q.Id}/").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await explorer.QuoteResultUrlsAsync()).Order(StringComparer.Ordinal).ToList());
        Assert.True(await explorer.Page.Locator(".explorer-notice").IsVisibleAsync(), "the reader is told that the full-text index is missing");
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Search_and_facets_combine()
    {
        const string caseId = "orkland";
        await using var explorer = await ExplorerPage.OpenAsync(served);
        await explorer.SearchAsync("ledere");
        var all = await explorer.QuoteResultUrlsAsync();

        await explorer.CheckAsync(ExplorerPage.CaseParam(Model), caseId);

        var narrowed = await explorer.QuoteResultUrlsAsync();
        var orkland = Model.Quotes.Where(q => ExplorerPage.CaseOf(Model, q) == caseId).Select(q => $"/sitater/{q.Id}/").ToHashSet();
        Assert.NotEmpty(narrowed);
        Assert.Equal(all.Where(orkland.Contains).Order(StringComparer.Ordinal), narrowed.Order(StringComparer.Ordinal));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task An_empty_selection_suggests_what_to_loosen()
    {
        // Documents have no themes, so this pair of filters gives nothing whatever the data.
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?type=dokument&tema={Model.Themes().First().Id}");

        Assert.Equal("0", await explorer.Page.GetAttributeAsync("#explorer", "data-results"));
        Assert.True(await explorer.Page.Locator(".explorer-empty").IsVisibleAsync());
        var loosen = explorer.Page.Locator(".explorer-loosen button");
        Assert.Equal(2, await loosen.CountAsync());
        await explorer.ChangeAsync(() => loosen.First.ClickAsync());
        Assert.NotEqual("0", await explorer.Page.GetAttributeAsync("#explorer", "data-results"));
        Assert.False(await explorer.Page.Locator(".explorer-empty").IsVisibleAsync());
        explorer.AssertNoErrors();
    }

    /// <summary>
    /// A long word that stands in the text of exactly one section of the built chapters (asides, navigation and
    /// other parts the search leaves out are left out here too), with that section's address.
    /// </summary>
    private (string Word, string Section) WordOfExactlyOneSection()
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(Path.Combine(served.Site.Output, "kapitler"), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var chapter = "/" + Path.GetRelativePath(served.Site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
            if (document.QuerySelector("article.chapter .prose") is not { } prose) continue; // the list of chapters
            string? current = null;
            foreach (var block in prose.Children)
            {
                if (block.ClassList.Contains("section-heading") && block.Id is { } id) current = chapter + "#" + id;
                if (current is null || block.HasAttribute("data-pagefind-ignore")) continue;
                foreach (var ignored in block.QuerySelectorAll("[data-pagefind-ignore]").ToList()) ignored.Remove();
                foreach (var word in WordsOf(block.TextContent))
                {
                    if (!sections.TryGetValue(word, out var where)) sections[word] = where = new HashSet<string>(StringComparer.Ordinal);
                    where.Add(current);
                }
            }
        }
        var (found, places) = sections.Where(s => s.Key.Length >= 12 && s.Value.Count == 1).OrderBy(s => s.Key, StringComparer.Ordinal).First();
        return (found, places.Single());
    }
}
