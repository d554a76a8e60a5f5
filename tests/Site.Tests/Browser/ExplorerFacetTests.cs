using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The explorer's facets filter and count exactly: the expected quotes are computed here from the input data
/// (a quote's case is its own or its speaker's), not taken from the generator's data.json. Counts count utterances:
/// a quote that words another's utterance a second time (variant_of) is listed, and counted with it once.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerFacetTests(ServedSite served)
{
    private const string CaseId = "orkland";
    private static StudyModel Model => StudyData.ThesisModel;

    private static IEnumerable<Quote> QuotesOf(string caseId, string? themeId = null) =>
        Model.Quotes.Where(q => ExplorerPage.CaseOf(Model, q) == caseId && (themeId is null || q.ThemeId() == themeId));

    /// <summary>The theme with the most quotes from the case, so the test has something to list.</summary>
    private static Code BusiestTheme(string caseId) => Model.Themes().MaxBy(t => QuotesOf(caseId, t.Id).Count())!;

    /// <summary>Utterances among the quotes: the quotes that are no other's variant, and each first wording of a variant among them once.</summary>
    private static int UtterancesOf(IEnumerable<Quote> quotes) => quotes.Select(q => q.VariantOfId ?? q.Id).Distinct(StringComparer.Ordinal).Count();

    private static List<string> UrlsOf(IEnumerable<Quote> quotes) => quotes.Select(q => $"/sitater/{q.Id}/").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Choosing_a_case_and_a_theme_lists_exactly_the_quotes_the_data_gives_for_that_pair()
    {
        var theme = BusiestTheme(CaseId);
        var expected = UrlsOf(QuotesOf(CaseId, theme.Id));
        Assert.NotEmpty(expected);
        await using var explorer = await ExplorerPage.OpenAsync(served);

        await explorer.CheckAsync(ExplorerPage.CaseParam(Model), CaseId);
        await explorer.CheckAsync("tema", theme.Id);

        Assert.Equal(expected, (await explorer.QuoteResultUrlsAsync()).Order(StringComparer.Ordinal).ToList());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Each_facet_value_counts_what_it_would_give_under_the_other_filters()
    {
        var theme = BusiestTheme(CaseId);
        var param = ExplorerPage.CaseParam(Model);
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?type=sitat&{param}={CaseId}&tema={theme.Id}");

        // A theme's count ignores the chosen theme (its own facet) but keeps the case: Orkland's quotes in that theme.
        foreach (var other in Model.Themes())
            Assert.Equal(UtterancesOf(QuotesOf(CaseId, other.Id)), await explorer.FacetCountAsync("tema", other.Id));
        // A case's count keeps the theme: the theme's quotes in that case.
        foreach (var c in Model.Cases)
            Assert.Equal(UtterancesOf(QuotesOf(c.Id, theme.Id)), await explorer.FacetCountAsync(param, c.Id));
        // Kinds are counted under case and theme: the utterances of the listed quotes.
        Assert.Equal(UtterancesOf(QuotesOf(CaseId, theme.Id)), await explorer.FacetCountAsync("type", "sitat"));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Counts_follow_the_selection_as_it_changes()
    {
        var theme = BusiestTheme(CaseId);
        var param = ExplorerPage.CaseParam(Model);
        await using var explorer = await ExplorerPage.OpenAsync(served, "?type=sitat");
        Assert.Equal(UtterancesOf(Model.Quotes.Where(q => q.ThemeId() == theme.Id)), await explorer.FacetCountAsync("tema", theme.Id));

        await explorer.CheckAsync(param, CaseId);

        Assert.Equal(UtterancesOf(QuotesOf(CaseId, theme.Id)), await explorer.FacetCountAsync("tema", theme.Id));
        Assert.Equal(QuotesOf(CaseId).Count(), (await explorer.QuoteResultUrlsAsync()).Count);
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task A_theme_counts_an_utterance_worded_twice_once_and_lists_both_wordings()
    {
        // The theme with the most quotes that word another's utterance a second time.
        var theme = Model.Themes().MaxBy(t => Model.Quotes.Count(q => q.ThemeId() == t.Id && q.VariantOfId is not null))!;
        var quotes = Model.Quotes.Where(q => q.ThemeId() == theme.Id).ToList();
        Assert.True(UtterancesOf(quotes) < quotes.Count, "the thesis has a theme with an utterance it words twice");
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?type=sitat&tema={theme.Id}");

        Assert.Equal(UtterancesOf(quotes), await explorer.FacetCountAsync("tema", theme.Id));
        Assert.Equal(UtterancesOf(quotes), await explorer.FacetCountAsync("type", "sitat"));
        Assert.Equal(UrlsOf(quotes), (await explorer.QuoteResultUrlsAsync()).Order(StringComparer.Ordinal).ToList());
        var status = await explorer.StatusAsync();
        Assert.Contains($"{quotes.Count} treff", status);
        Assert.Contains($"({UtterancesOf(quotes)} ytringer", status);
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Speakers_are_offered_in_two_groups_pseudonyms_and_anonymous_attributions()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served);
        var groups = explorer.Page.Locator("fieldset.facet-speaker");
        Assert.Equal(2, await groups.CountAsync());
        var pseudonyms = await groups.Nth(0).Locator("input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        var anonymous = await groups.Nth(1).Locator("input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        Assert.Equal(Model.Informants.Where(i => i.Kind == InformantKind.Pseudonym).Select(i => i.Id), pseudonyms);
        Assert.Equal(Model.Informants.Where(i => i.Kind == InformantKind.Anonymous).Select(i => i.Id), anonymous);
        foreach (var fieldset in await explorer.Page.Locator(".explorer-facet-list fieldset").AllAsync())
            Assert.False(string.IsNullOrWhiteSpace(await fieldset.Locator("legend").TextContentAsync()), "every group of checkboxes has a legend");
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Every_matrix_cell_opens_the_explorer_on_as_many_quotes_as_it_shows()
    {
        await using var explorer = await ExplorerPage.NewAsync(served);
        await explorer.Page.GotoAsync(explorer.BaseUrl + "/matrise/");
        var cells = await explorer.Page.Locator($"a[href^=\"{ExplorerPage.Path}?\"]")
            .EvaluateAllAsync<string[][]>("links => links.map(a => [a.getAttribute('href'), a.textContent.trim()])");
        Assert.NotEmpty(cells);

        foreach (var cell in cells)
        {
            await explorer.GoToAsync(cell[0][ExplorerPage.Path.Length..]);
            // The matrix counts utterances: a quote printed twice in other words (variant_of) is listed twice, counted once.
            var variants = Model.Quotes.Where(q => q.VariantOfId is not null).Select(q => $"/sitater/{q.Id}/").ToHashSet(StringComparer.Ordinal);
            var shown = (await explorer.QuoteResultUrlsAsync()).Where(url => !variants.Contains(new Uri(new Uri(explorer.BaseUrl), url).AbsolutePath)).ToList();
            Assert.True(int.Parse(cell[1]) == shown.Count, $"{cell[0]} shows {cell[1]} in the matrix, {shown.Count} utterances in the explorer");
            await AssertEveryParameterIsChosen(explorer, cell[0]);
        }
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Theme_case_and_question_pages_link_into_the_explorer_with_parameters_it_understands()
    {
        var pages = new[]
        {
            $"/temaer/{Model.Themes().First().Id}/",
            $"/{Site.Generator.Urls.Slug.From(Model.Study.CaseTerm.Plural)}/{CaseId}/",
            $"/forskningssporsmal/{Model.Study.ResearchQuestions[0].Number}/",
        };
        await using var explorer = await ExplorerPage.NewAsync(served);
        foreach (var page in pages)
        {
            await explorer.Page.GotoAsync(explorer.BaseUrl + page);
            var link = explorer.Page.Locator($"main a[href^=\"{ExplorerPage.Path}?\"]").First;
            var href = await link.GetAttributeAsync("href");
            Assert.True(href is not null, $"{page} has no link into the explorer");
            await link.ClickAsync();
            await explorer.Page.WaitForSelectorAsync("#explorer[data-state=ready]");
            await AssertEveryParameterIsChosen(explorer, href!);
            Assert.NotEqual("0", await explorer.Page.GetAttributeAsync("#explorer", "data-results"));
        }
        explorer.AssertNoErrors();
    }

    /// <summary>No parameter of a link is silently dropped: each names a facet value the explorer shows as chosen.</summary>
    private static async Task AssertEveryParameterIsChosen(ExplorerPage explorer, string href)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), href).Query);
        foreach (var name in query.AllKeys)
        {
            foreach (var value in query.GetValues(name)!)
                Assert.True(await explorer.Checkbox(name!, value).IsCheckedAsync(), $"{href}: {name}={value} is not chosen in the explorer");
        }
    }
}
