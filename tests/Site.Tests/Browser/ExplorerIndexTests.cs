using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Site.Generator.Model;
using Site.Generator.Urls;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// Pagefind indexes what the explorer can show (quote, finding and chapter pages, and the document list) and
/// nothing else, and the page map the explorer reads after a search places every section of every chapter.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerIndexTests(ServedSite served)
{
    private static StudyModel Model => StudyData.ThesisModel;

    /// <summary>The page map with item numbers turned back into addresses: each page's own (null if it is no item), then its anchored items' with their word positions.</summary>
    private Dictionary<string, (string? Page, List<(string Url, int Location)> Anchored)> Pages()
    {
        var items = new ExplorerFiles(served.Site.Output).Items;
        var map = JsonNode.Parse(served.Site.Read("utforsk/pagefind-pages.json"))!;
        var alone = map["items"]!.AsArray().Select(id => (string)id!).ToList();
        Assert.Equal(items.Count, alone.Count);
        var pages = alone.Select((id, item) => (id, item)).Where(p => p.id.Length > 0)
            .ToDictionary(p => p.id, p => ((string?)items[p.item].Url, new List<(string Url, int Location)>()));
        foreach (var (id, value) in map["anchored"]!.AsObject())
        {
            var entry = value!.AsArray().Select(n => (int)n!).ToList();
            var anchored = new List<(string, int)>();
            for (var i = 1; i < entry.Count; i += 2) anchored.Add((items[entry[i]].Url, entry[i + 1]));
            pages.Add(id, (entry[0] >= 0 ? items[entry[0]].Url : null, anchored));
        }
        return pages;
    }

    /// <summary>A page's address: its own item's, else the address its anchored items share.</summary>
    private static string PageUrl((string? Page, List<(string Url, int Location)> Anchored) entry) =>
        entry.Page ?? entry.Anchored.Select(a => a.Url.Split('#')[0]).Distinct().SingleOrDefault() ?? "(a page that holds no item)";

    [Fact]
    public void The_index_holds_quote_finding_and_chapter_pages_and_the_document_list_and_nothing_else()
    {
        var indexed = Pages().Values.Select(PageUrl).Order(StringComparer.Ordinal).ToList();

        var expected = Model.Quotes.Select(q => SiteUrls.Thesis.Quote(q.Id))
            .Concat(Model.Findings.Select(f => SiteUrls.Thesis.Finding(f.Id)))
            .Concat(Model.Chapters.Select(ChapterUrl))
            .Append(SiteUrls.Thesis.Documents)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, indexed);
    }

    [Fact]
    public void The_page_map_has_every_section_heading_of_every_chapter_and_every_document()
    {
        var pages = Pages().Values.ToList();
        Assert.All(pages, entry => Assert.Equal(entry.Anchored.OrderBy(a => a.Location).ToList(), entry.Anchored)); // in reading order
        var anchors = pages.ToDictionary(PageUrl, entry => entry.Anchored.Select(a => a.Url.Split('#')[1]).ToHashSet(StringComparer.Ordinal));
        var parser = new HtmlParser();
        foreach (var chapter in Model.Chapters.Select(ChapterUrl))
        {
            var html = parser.ParseDocument(served.Site.Read(UrlScheme.FileOf(chapter)));
            foreach (var heading in html.QuerySelectorAll(".section-heading[id]"))
                Assert.True(anchors[chapter].Contains(heading.Id!), $"{chapter}#{heading.Id} is not in the page map");
        }
        Assert.Equal(Model.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), anchors[SiteUrls.Thesis.Documents].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Navigation_and_page_furniture_stay_out_of_the_indexed_text()
    {
        var parser = new HtmlParser();
        foreach (var file in new[] { UrlScheme.FileOf(SiteUrls.Thesis.Quote(Model.Quotes[0].Id)), UrlScheme.FileOf(SiteUrls.Thesis.Finding(Model.Findings[0].Id)), UrlScheme.FileOf(ChapterUrl(Model.Chapters.First(c => c.Kind == ChapterKind.Chapter))) })
        {
            var html = parser.ParseDocument(served.Site.Read(file));
            var bodies = html.QuerySelectorAll("[data-pagefind-body]");
            Assert.NotEmpty(bodies);
            foreach (var body in bodies)
            {
                Assert.Null(body.Closest("header.site-header, footer.site-footer, nav"));
                foreach (var nav in body.QuerySelectorAll("nav, aside.section-aside"))
                    Assert.True(nav.Closest("[data-pagefind-ignore]") is not null, $"{file}: a {nav.LocalName} inside the indexed content is not ignored");
            }
        }
    }

    private static string ChapterUrl(Chapter chapter) => SiteUrls.Thesis.Chapter(chapter);
}
