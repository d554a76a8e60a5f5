using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// A search that arrives in the address is answered first from the explorer's own word index: Pagefind's page
/// metadata and the explorer's page map (an entry per page each, hundreds of KB for a large study) are not on the
/// path to the first results. Pagefind's answer then completes the view, the same as a search typed on the page.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerAddressSearchTests(ServedSite served)
{
    private const string Query = "ledelse";

    /// <summary>Pagefind's page metadata (pagefind.nb_….pf_meta) and the page map of PagefindPageMap.cs.</summary>
    private static bool IsPerPageIndex(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path.EndsWith(".pf_meta", StringComparison.Ordinal) || path.EndsWith("/pagefind-pages.json", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_results_of_a_search_in_the_address_come_before_Pagefinds_page_metadata_and_the_page_map()
    {
        await using var explorer = await ExplorerPage.NewAsync(served);
        var page = explorer.Page;
        // Both files are held back until the test lets them go, so results shown meanwhile cannot have needed them.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        await page.RouteAsync(IsPerPageIndex, async route =>
        {
            Interlocked.Increment(ref held);
            await release.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync(explorer.BaseUrl + ExplorerPage.Path + "?q=" + Query);
        await page.WaitForSelectorAsync("#explorer[data-state=partial] .explorer-results mark");

        var first = await page.Locator(".explorer-results > li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(first);
        Assert.Equal("true", await page.GetAttributeAsync(".explorer-app", "aria-busy")); // the view says more is coming
        Assert.True(await page.Locator(".explorer-csv").IsDisabledAsync(), "a partial answer is no selection to download");
        Assert.Null(await page.GetAttributeAsync("#explorer", "data-updates")); // scripts and tests wait for the complete view

        release.SetResult();
        await page.WaitForSelectorAsync("#explorer[data-state=ready]");
        Assert.True(held > 0, "the complete answer fetched Pagefind's page metadata and the page map");
        var complete = await explorer.ResultUrlsAsync();
        Assert.Subset(complete.ToHashSet(), first.ToHashSet());

        await using var typed = await ExplorerPage.OpenAsync(served);
        await typed.SearchAsync(Query);
        Assert.Equal(await typed.ResultUrlsAsync(), complete);
        Assert.StartsWith($"{complete.Count} ", await explorer.StatusAsync());
        explorer.AssertNoErrors();
        typed.AssertNoErrors();
    }
}
