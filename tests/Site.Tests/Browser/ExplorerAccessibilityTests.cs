using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The explorer works by keyboard alone, announces its result count politely, passes axe (WCAG 2.2 A/AA and axe's
/// best practices) with results on screen, keeps to the site's Content-Security-Policy, and shows its plain list
/// without JavaScript.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerAccessibilityTests(ServedSite served)
{
    private const string CaseId = "orkland";
    // "best-practice" holds heading-order, page-has-heading-one, landmark and region rules: WCAG tags alone let a skipped heading level through.
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
    private static StudyModel Model => StudyData.ThesisModel;

    [Fact]
    public async Task Keyboard_alone_reaches_a_facet_checks_it_and_the_results_follow()
    {
        var param = ExplorerPage.CaseParam(Model);
        await using var explorer = await ExplorerPage.OpenAsync(served);
        var page = explorer.Page;
        var before = await page.GetAttributeAsync("#explorer", "data-results");
        var target = $"input[name=\"{param}\"][value=\"{CaseId}\"]";

        await TabUntil(page, target);
        await explorer.ChangeAsync(() => page.Keyboard.PressAsync("Space"));

        Assert.True(await page.Locator(target).IsCheckedAsync());
        Assert.True(await page.EvaluateAsync<bool>($"document.activeElement.matches('{target.Replace("'", "\\'")}')"), "focus stays on the checkbox");
        var after = await page.GetAttributeAsync("#explorer", "data-results");
        Assert.NotEqual(before, after);
        Assert.Equal(int.Parse(after!), Model.Quotes.Count(q => ExplorerPage.CaseOf(Model, q) == CaseId)
            + Model.Findings.Count(f => f.CaseIds.Contains(CaseId)) + Model.Documents.Count(d => d.CaseId == CaseId));
        Assert.Contains($"{param}={CaseId}", page.Url);

        // The filter's remove button is reachable too, and after it is gone the keyboard is not lost.
        await TabUntil(page, ".explorer-remove", backwards: true);
        await explorer.ChangeAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.False(await page.Locator(target).IsCheckedAsync());
        Assert.Equal("explorer-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Typing_in_the_search_box_and_pressing_enter_needs_no_mouse()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served);
        var page = explorer.Page;
        await TabUntil(page, "#explorer-q");
        await explorer.ChangeAsync(() => page.Keyboard.TypeAsync("ledere"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === 'ledere'");
        // The live region speaks once the typing has settled, with the count for the whole word.
        await page.WaitForFunctionAsync("() => document.querySelector('.explorer-status').textContent.includes('«ledere»')");
        Assert.StartsWith($"{await page.GetAttributeAsync("#explorer", "data-results")} ", await page.TextContentAsync(".explorer-status"));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task The_result_count_is_announced_in_a_polite_live_region()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served);
        var status = explorer.Page.Locator(".explorer-status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        await explorer.CheckAsync(ExplorerPage.CaseParam(Model), CaseId);
        await explorer.CheckAsync("type", "sitat");

        var count = Model.Quotes.Count(q => ExplorerPage.CaseOf(Model, q) == CaseId);
        Assert.StartsWith($"{count} ", await explorer.StatusAsync());
        explorer.AssertNoErrors();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Axe_finds_no_violations_with_results_shown_in_either_colour_scheme(int width)
    {
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var query in new[] { $"?q=ledere&{ExplorerPage.CaseParam(Model)}={CaseId}", $"?type=dokument&tema={Model.Themes().First().Id}" })
            {
                await using var explorer = await ExplorerPage.NewAsync(served, new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = 900 },
                    ColorScheme = scheme,
                });
                await explorer.GoToAsync(query);
                Assert.True(await explorer.Page.Locator(".explorer-results > li, .explorer-empty:not([hidden])").CountAsync() > 0);
                var result = await explorer.Page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(AxeTags), ResultTypes = [ResultType.Violations] });
                problems.AddRange(result.Violations.Select(v =>
                    $"[{scheme}, {width} px, {query}] {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
                problems.AddRange(explorer.Errors.Select(e => $"[{scheme}, {width} px, {query}] {e}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Searching_filtering_and_downloading_break_no_rule_of_the_content_security_policy()
    {
        await using var explorer = await ExplorerPage.NewAsync(served);
        var pagefindRequests = new List<string>();
        explorer.Page.Request += (_, request) => { if (request.Url.Contains("/pagefind/", StringComparison.Ordinal)) lock (pagefindRequests) pagefindRequests.Add(request.Url); };
        var response = await explorer.Page.GotoAsync(explorer.BaseUrl + ExplorerPage.Path);
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", policy);
        Assert.Contains("style-src 'self'", policy);
        await explorer.Page.WaitForSelectorAsync("#explorer[data-state=ready]");

        await explorer.SearchAsync("innovasjonen");
        await explorer.CheckAsync("type", "sitat");
        await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync(".explorer-csv"));

        Assert.Contains(pagefindRequests, url => url.Contains(".pagefind", StringComparison.Ordinal)); // the search ran on Pagefind's wasm
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Without_javascript_the_plain_list_shows_every_quote()
    {
        await using var explorer = await ExplorerPage.NewAsync(served, new BrowserNewContextOptions { JavaScriptEnabled = false });
        await explorer.Page.GotoAsync(explorer.BaseUrl + ExplorerPage.Path);

        Assert.False(await explorer.Page.Locator(".explorer-app").IsVisibleAsync());
        Assert.True(await explorer.Page.Locator(".explorer-fallback").IsVisibleAsync());
        var linked = await explorer.Page.Locator(".explorer-fallback a[href^=\"/sitater/\"]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(Model.Quotes.Select(q => $"/sitater/{q.Id}/").Order(StringComparer.Ordinal), linked.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_javascript_the_explorer_replaces_the_plain_list()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served);
        Assert.True(await explorer.Page.Locator(".explorer-app").IsVisibleAsync());
        Assert.False(await explorer.Page.Locator(".explorer-fallback").IsVisibleAsync());
        Assert.Equal(Model.Quotes.Count + Model.Findings.Count, await CountKinds(explorer, "quote", "finding"));
        explorer.AssertNoErrors();
    }

    private static async Task<int> CountKinds(ExplorerPage explorer, params string[] kinds)
    {
        await explorer.ResultUrlsAsync();
        var total = 0;
        foreach (var kind in kinds) total += await explorer.Page.Locator($".explorer-results > li.result-{kind}").CountAsync();
        return total;
    }

    /// <summary>Presses Tab (or Shift+Tab) until the element matching the selector has focus, as a keyboard user would.</summary>
    private static async Task TabUntil(IPage page, string selector, bool backwards = false)
    {
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }
        Assert.Fail($"Tab never reached {selector}");
    }
}
