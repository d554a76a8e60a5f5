using Microsoft.Playwright;
using Site.Tests.Citations;
using Site.Generator.Urls;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The «Last ned» buttons of a «Siter» block save BibTeX, RIS and CSL-JSON files made in the browser from the text
/// the page shows. Clicked in Chromium, each must save exactly the file <see cref="CitingPage"/> reads off the page
/// (which the citation tests check with citation-js and the RIS rules), under its own name. Without scripts the
/// buttons stay hidden and the text is there to copy.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class CitationDownloadTests(ServedSite served)
{
    public static TheoryData<string> Pages() => new(["/om/", FirstQuote, SiteUrls.Thesis.Quote(StudyData.ThesisModel.Quotes[^1].Id)]);

    private static string FirstQuote => SiteUrls.Thesis.Quote(StudyData.ThesisModel.Quotes[0].Id);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_button_saves_the_text_the_page_shows_in_its_format(string path)
    {
        var expected = CitingPage.Load(served.Site, path);
        // A plain tab of the served site that records console and script errors (the explorer's helper serves any page).
        await using var tab = await ExplorerPage.NewAsync(served);
        Assert.Equal(200, (await tab.Page.GotoAsync(served.BaseUrl + path))?.Status);

        var files = new Dictionary<string, string>();
        foreach (var extension in new[] { ".bib", ".ris", ".json" })
        {
            var button = tab.Page.Locator($".cite .downloads button[data-download-name$=\"{extension}\"]");
            var download = await tab.Page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
            Assert.Equal(expected.DownloadNames[extension], download.SuggestedFilename);
            files[extension] = await File.ReadAllTextAsync((await download.PathAsync())!, System.Text.Encoding.UTF8);
        }

        Assert.Equal(expected.DownloadedBibTex, files[".bib"]);
        Assert.Equal(expected.DownloadedRis, files[".ris"]);
        Assert.Equal(expected.DownloadedCslJson, files[".json"]);
        Assert.EndsWith("ER  - \r\n", files[".ris"]);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task Without_scripts_the_buttons_stay_hidden_and_the_text_is_there_to_copy()
    {
        await using var tab = await ExplorerPage.NewAsync(served, new BrowserNewContextOptions { JavaScriptEnabled = false });
        Assert.Equal(200, (await tab.Page.GotoAsync(served.BaseUrl + FirstQuote))?.Status);

        Assert.False(await tab.Page.Locator(".cite .downloads").IsVisibleAsync());
        Assert.StartsWith("@", (await tab.Page.Locator("#cite-bibtex-text").TextContentAsync())!);
    }
}
