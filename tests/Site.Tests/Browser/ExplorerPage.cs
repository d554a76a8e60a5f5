using Microsoft.Playwright;
using Site.Generator.Model;

namespace Site.Tests.Browser;

/// <summary>
/// The findings explorer open in a fresh browser tab of the served thesis, with every console error and script
/// error it caused (the site sends its strict Content-Security-Policy, so a blocked script or style shows up here).
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    public const string Path = "/utforsk/";

    private readonly IBrowserContext _context;
    private readonly List<string> _errors = new();

    public IPage Page { get; }
    public string BaseUrl { get; }

    /// <summary>Console errors that are expected in a test (e.g. requests it blocks on purpose).</summary>
    public Func<IConsoleMessage, bool> Expected { get; set; } = _ => false;

    private ExplorerPage(IBrowserContext context, IPage page, string baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl.TrimEnd('/');
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !Expected(message)) lock (_errors) _errors.Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"script error: {error}"); };
    }

    public static async Task<ExplorerPage> NewAsync(ServedSite site, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.AcceptDownloads = true;
        var context = await site.Browser.Instance.NewContextAsync(options);
        return new ExplorerPage(context, await context.NewPageAsync(), site.BaseUrl);
    }

    /// <summary>Opens the explorer (with a query string such as <c>?tema=x</c>) and waits until it shows its results.</summary>
    public static async Task<ExplorerPage> OpenAsync(ServedSite site, string query = "")
    {
        var explorer = await NewAsync(site);
        await explorer.GoToAsync(query);
        return explorer;
    }

    public async Task GoToAsync(string query = "")
    {
        var response = await Page.GotoAsync(BaseUrl + Path + query);
        Assert.Equal(200, response?.Status);
        await Page.WaitForSelectorAsync("#explorer[data-state=ready]");
    }

    public async Task<int> UpdatesAsync() => int.Parse(await Page.GetAttributeAsync("#explorer", "data-updates") ?? "0");

    /// <summary>Does something that changes the view, and waits until the explorer has shown the change.</summary>
    public async Task ChangeAsync(Func<Task> action)
    {
        var before = await UpdatesAsync();
        await action();
        await Page.WaitForFunctionAsync("n => Number(document.getElementById('explorer').dataset.updates) > n", before);
    }

    public Task SearchAsync(string query) => ChangeAsync(() => Page.FillAsync("#explorer-q", query));

    public ILocator Checkbox(string param, string value) => Page.Locator($"input[type=checkbox][name=\"{param}\"][value=\"{value}\"]");

    public Task CheckAsync(string param, string value) => ChangeAsync(() => Checkbox(param, value).CheckAsync());

    /// <summary>The link of every result card, in the order shown, after showing them all.</summary>
    public async Task<IReadOnlyList<string>> ResultUrlsAsync()
    {
        var more = Page.Locator(".explorer-more");
        var cards = Page.Locator(".explorer-results > li");
        while (await more.IsVisibleAsync())
        {
            // The next cards come once their words are fetched; wait for them before asking again.
            var before = await cards.CountAsync();
            await more.ClickAsync();
            await Page.WaitForFunctionAsync("n => document.querySelectorAll('.explorer-results > li').length > n", before);
        }
        await CardsCompleteAsync();
        return await Page.Locator(".explorer-results > li").EvaluateAllAsync<string[]>("cards => cards.map(c => c.querySelector('a').getAttribute('href'))");
    }

    /// <summary>Waits until every card shown has its words (the first few come with the results, the rest a moment later).</summary>
    public Task CardsCompleteAsync() => Page.WaitForFunctionAsync("() => !document.querySelector('.explorer-results > li[aria-busy]')");

    public async Task<IReadOnlyList<string>> QuoteResultUrlsAsync() =>
        (await ResultUrlsAsync()).Where(u => u.StartsWith("/sitater/", StringComparison.Ordinal)).ToList();

    /// <summary>The number a facet value shows next to its label.</summary>
    public async Task<int> FacetCountAsync(string param, string value)
    {
        var text = await Page.Locator($"label[for=\"{await Checkbox(param, value).GetAttributeAsync("id")}\"] .facet-count").TextContentAsync();
        return int.Parse(text!.Trim('(', ')', ' '));
    }

    public async Task<string> StatusAsync()
    {
        // The live region is filled after the view, a moment later while the reader types.
        var expected = await Page.GetAttributeAsync("#explorer", "data-results");
        await Page.WaitForFunctionAsync("n => document.querySelector('.explorer-status').textContent.startsWith(n + ' ')", expected);
        return (await Page.TextContentAsync(".explorer-status"))!;
    }

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return _errors.ToList(); }
    }

    public void AssertNoErrors() => Assert.True(Errors.Count == 0, "The page logged errors:\n" + string.Join("\n", Errors));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    /// <summary>The explorer's URL parameter for cases: the slug of the study's case term (e.g. kommune).</summary>
    public static string CaseParam(StudyModel model) => Site.Generator.Urls.Slug.From(model.Study.CaseTerm.Singular);

    /// <summary>A quote's case as the input gives it: its own, else its speaker's (computed here, not by the generator).</summary>
    public static string? CaseOf(StudyModel model, Quote quote) =>
        quote.CaseId ?? model.Informants.Single(i => i.Id == quote.SpeakerId).CaseId;
}
