namespace Site.Tests.SiteOutput;

/// <summary>
/// The header and footer every page shares. The theme draws each once and reuses it (its model is the page kind,
/// or the site), so these check that every page still gets the right one: the navigation marks the page's own
/// section as current, and the print line names the page itself.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SiteChromeTests(BuiltSite site)
{
    private readonly OutputPages _pages = new(site.Output, BuiltSite.BaseUrl);

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("kapitler/index.html", "/kapitler/")]
    [InlineData("kapitler/4/index.html", "/kapitler/")]
    [InlineData("funn/index.html", "/funn/")]
    [InlineData("sitater/index.html", "/sitater/")]
    [InlineData("kommuner/index.html", "/kommuner/")]
    [InlineData("sammenligning/index.html", "/kommuner/")]
    [InlineData("koding/index.html", "/koding/")]
    [InlineData("matrise/index.html", "/koding/")]
    [InlineData("begreper/index.html", "/begreper/")]
    [InlineData("utforsk/index.html", "/utforsk/")]
    [InlineData("om/index.html", null)]
    [InlineData("kilder/index.html", null)]
    public void The_header_marks_the_section_of_the_page_as_current(string file, string? current)
    {
        var marked = _pages.Document(file).QuerySelectorAll(".site-header [aria-current]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(current is null ? [] : [current], marked);
    }

    [Fact]
    public void Every_page_of_a_kind_marks_the_same_section_as_current()
    {
        foreach (var (folder, current) in new[] { ("sitater", "/sitater/"), ("funn", "/funn/"), ("begreper", "/begreper/"), ("temaer", "/koding/"), ("kommuner", "/kommuner/") })
            foreach (var page in Directory.GetDirectories(Path.Combine(site.Output, folder)))
            {
                var marked = _pages.Document(Path.GetRelativePath(site.Output, Path.Combine(page, "index.html")))
                    .QuerySelectorAll(".site-header [aria-current]").Select(a => a.GetAttribute("href")).ToList();
                Assert.Equal([current], marked);
            }
    }

    [Fact]
    public void Every_page_prints_its_own_address_and_the_same_footer_links()
    {
        var footers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _pages.Files)
        {
            var document = _pages.Document(file);
            var printed = document.QuerySelector(".site-footer .print-only")?.TextContent;
            Assert.NotNull(printed);
            var address = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.EndsWith(" " + address, printed);
            footers.Add(document.QuerySelector(".site-footer .footer-links")!.OuterHtml);
        }
        Assert.Single(footers);
        Assert.Contains("href=\"/kilder/\"", footers.Single());
    }
}
