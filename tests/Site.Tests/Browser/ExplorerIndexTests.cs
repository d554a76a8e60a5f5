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

    private Dictionary<string, JsonArray> Pages() =>
        JsonNode.Parse(served.Site.Read("utforsk/pagefind-pages.json"))!["pages"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsArray());

    [Fact]
    public void The_index_holds_quote_finding_and_chapter_pages_and_the_document_list_and_nothing_else()
    {
        var indexed = Pages().Values.Select(entry => (string)entry[0]!).Order(StringComparer.Ordinal).ToList();

        var expected = Model.Quotes.Select(q => UrlScheme.Quote(q.Id))
            .Concat(Model.Findings.Select(f => UrlScheme.Finding(f.Id)))
            .Concat(Model.Chapters.Select(ChapterUrl))
            .Append(UrlScheme.Documents)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, indexed);
    }

    [Fact]
    public void The_page_map_has_every_section_heading_of_every_chapter_and_every_document()
    {
        var anchors = Pages().Values.ToDictionary(entry => (string)entry[0]!,
            entry => entry.Skip(1).Where((_, i) => i % 2 == 0).Select(a => (string)a!).ToHashSet(StringComparer.Ordinal));
        var parser = new HtmlParser();
        foreach (var chapter in Model.Chapters.Select(ChapterUrl))
        {
            var html = parser.ParseDocument(served.Site.Read(UrlScheme.FileOf(chapter)));
            foreach (var heading in html.QuerySelectorAll(".section-heading[id]"))
                Assert.True(anchors[chapter].Contains(heading.Id!), $"{chapter}#{heading.Id} is not in the page map");
        }
        Assert.Equal(Model.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), anchors[UrlScheme.Documents].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Navigation_and_page_furniture_stay_out_of_the_indexed_text()
    {
        var parser = new HtmlParser();
        foreach (var file in new[] { UrlScheme.FileOf(UrlScheme.Quote(Model.Quotes[0].Id)), UrlScheme.FileOf(UrlScheme.Finding(Model.Findings[0].Id)), UrlScheme.FileOf(ChapterUrl(Model.Chapters.First(c => c.Kind == ChapterKind.Chapter))) })
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

    private static string ChapterUrl(Chapter chapter) => UrlScheme.Chapter(chapter);
}
