namespace Site.Tests.SiteOutput;

/// <summary>
/// Search engines show a page's meta description under its title, and Lighthouse's SEO score drops without one.
/// Every page has one, and the chapters each have their own (their first paragraph), not the study's title.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class MetaDescriptionTests(BuiltSite site)
{
    private static string? DescriptionOf(OutputPages pages, string file) =>
        pages.Document(file).QuerySelector("head meta[name=description]")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_a_meta_description()
    {
        var pages = new OutputPages(site.Output, BuiltSite.BaseUrl);
        var missing = pages.Files.Where(file => string.IsNullOrWhiteSpace(DescriptionOf(pages, file))).ToList();
        Assert.True(pages.Files.Count > 300, $"only {pages.Files.Count} pages were read");
        Assert.True(missing.Count == 0, $"{missing.Count} page(s) without a meta description:\n" + string.Join("\n", missing.Take(40)));
    }

    [Fact]
    public void Each_chapter_is_described_by_its_first_paragraph()
    {
        var pages = new OutputPages(site.Output, BuiltSite.BaseUrl);
        var chapters = pages.Files.Where(f => f.StartsWith("kapitler/", StringComparison.Ordinal) && f != "kapitler/index.html").ToList();
        Assert.True(chapters.Count >= 6, $"only {chapters.Count} chapters");
        var descriptions = chapters.Select(f => DescriptionOf(pages, f)!).ToList();
        Assert.Equal(descriptions.Count, descriptions.Distinct(StringComparer.Ordinal).Count());
        Assert.StartsWith("Studien er utformet som en flercasestudie, hvor to kommuner har blitt undersøkt og intervjuet.", DescriptionOf(pages, "kapitler/3/index.html"));
        Assert.All(descriptions, d => Assert.InRange(d.Length, 40, 202));
    }
}
