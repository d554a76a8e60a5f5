using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>The explorer's state lives in the address: a shared link reproduces the view, and Back and Forward move between views.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerStateTests(ServedSite served)
{
    private const string CaseId = "orkland";
    private static StudyModel Model => StudyData.ThesisModel;

    private static Code ThemeWithQuotesFrom(string caseId) =>
        Model.Themes().MaxBy(t => Model.Quotes.Count(q => q.ThemeId() == t.Id && ExplorerPage.CaseOf(Model, q) == caseId))!;

    [Fact]
    public async Task An_address_with_state_reproduces_the_view()
    {
        var param = ExplorerPage.CaseParam(Model);
        var theme = ThemeWithQuotesFrom(CaseId);
        await using var made = await ExplorerPage.OpenAsync(served);
        await made.SearchAsync("ledelse");
        await made.CheckAsync(param, CaseId);
        await made.CheckAsync("tema", theme.Id);
        await made.ChangeAsync(() => made.Page.SelectOptionAsync("#explorer-sort", "rekkefolge"));
        var address = new Uri(made.Page.Url);
        var results = await made.ResultUrlsAsync();
        Assert.Equal($"?q=ledelse&tema={theme.Id}&{param}={CaseId}&sort=rekkefolge", address.Query);

        await using var opened = await ExplorerPage.OpenAsync(served, address.Query);

        Assert.Equal("ledelse", await opened.Page.InputValueAsync("#explorer-q"));
        Assert.True(await opened.Checkbox(param, CaseId).IsCheckedAsync());
        Assert.True(await opened.Checkbox("tema", theme.Id).IsCheckedAsync());
        Assert.Equal("rekkefolge", await opened.Page.InputValueAsync("#explorer-sort"));
        Assert.Equal(results, await opened.ResultUrlsAsync());
        made.AssertNoErrors();
        opened.AssertNoErrors();
    }

    [Fact]
    public async Task Back_and_forward_move_between_views()
    {
        var param = ExplorerPage.CaseParam(Model);
        var theme = ThemeWithQuotesFrom(CaseId);
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?{param}={CaseId}");
        var caseOnly = await explorer.ResultUrlsAsync();
        await explorer.CheckAsync("tema", theme.Id);
        var withTheme = await explorer.ResultUrlsAsync();
        await explorer.SearchAsync("ledelse");
        var searched = await explorer.ResultUrlsAsync();
        Assert.NotEqual(caseOnly, withTheme);

        await explorer.ChangeAsync(() => explorer.Page.GoBackAsync());
        Assert.Equal("", await explorer.Page.InputValueAsync("#explorer-q"));
        Assert.Equal(withTheme, await explorer.ResultUrlsAsync());

        await explorer.ChangeAsync(() => explorer.Page.GoBackAsync());
        Assert.False(await explorer.Checkbox("tema", theme.Id).IsCheckedAsync());
        Assert.Equal(caseOnly, await explorer.ResultUrlsAsync());
        Assert.Equal($"?{param}={CaseId}", new Uri(explorer.Page.Url).Query);

        await explorer.ChangeAsync(() => explorer.Page.GoForwardAsync());
        Assert.True(await explorer.Checkbox("tema", theme.Id).IsCheckedAsync());
        Assert.Equal(withTheme, await explorer.ResultUrlsAsync());

        await explorer.ChangeAsync(() => explorer.Page.GoForwardAsync());
        Assert.Equal("ledelse", await explorer.Page.InputValueAsync("#explorer-q"));
        Assert.Equal(searched, await explorer.ResultUrlsAsync());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Typing_a_query_makes_one_history_entry_not_one_per_keystroke()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served);
        var before = await explorer.Page.EvaluateAsync<int>("history.length");

        await explorer.Page.FocusAsync("#explorer-q");
        await explorer.ChangeAsync(() => explorer.Page.Keyboard.TypeAsync("ledelse", new() { Delay = 20 }));
        await explorer.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === 'ledelse'");

        Assert.Equal(before + 1, await explorer.Page.EvaluateAsync<int>("history.length"));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Clear_all_and_remove_one_filter_update_the_address()
    {
        var param = ExplorerPage.CaseParam(Model);
        var theme = ThemeWithQuotesFrom(CaseId);
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?q=ledelse&tema={theme.Id}&{param}={CaseId}");

        await explorer.ChangeAsync(() => explorer.Page.Locator(".explorer-remove", new() { HasText = theme.Title }).ClickAsync());
        Assert.Equal($"?q=ledelse&{param}={CaseId}", new Uri(explorer.Page.Url).Query);
        Assert.False(await explorer.Checkbox("tema", theme.Id).IsCheckedAsync());

        await explorer.ChangeAsync(() => explorer.Page.ClickAsync(".explorer-clear"));
        Assert.Equal("", new Uri(explorer.Page.Url).Query);
        Assert.Equal("", await explorer.Page.InputValueAsync("#explorer-q"));
        Assert.Equal(0, await explorer.Page.Locator(".explorer-facet-list input:checked").CountAsync());
        explorer.AssertNoErrors();
    }
}
