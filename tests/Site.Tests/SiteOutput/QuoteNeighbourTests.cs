using Site.Generator.Pipelines;
using Site.Generator.Urls;

namespace Site.Tests.SiteOutput;

/// <summary>
/// A quote page lists the other quotes of its theme nearest to it in the study's order, at most
/// <see cref="QuotesPipeline.NeighbourCount"/>, and links to the theme page when the theme has more.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class QuoteNeighbourTests(BuiltSite site)
{
    private readonly OutputPages _pages = new(site.Output, BuiltSite.BaseUrl);

    [Fact]
    public void Every_quote_page_lists_the_nearest_quotes_of_its_theme_and_links_to_the_rest()
    {
        var model = StudyData.ThesisModel;
        Assert.Contains(model.Quotes.GroupBy(q => q.ThemeId), theme => theme.Count() > QuotesPipeline.NeighbourCount + 1);
        foreach (var theme in model.Quotes.GroupBy(q => q.ThemeId))
        {
            var quotes = theme.ToList();
            for (var i = 0; i < quotes.Count; i++)
            {
                var page = _pages.Document($"sitater/{quotes[i].Id}/index.html");
                var listed = page.QuerySelectorAll("#siblings-heading ~ .quote-list .quote-card blockquote a")
                    .Select(a => a.GetAttribute("href")!).ToList();
                // The window of the quote and its neighbours, shifted inwards at the ends of the theme.
                var start = Math.Clamp(i - QuotesPipeline.NeighbourCount / 2, 0, Math.Max(0, quotes.Count - QuotesPipeline.NeighbourCount - 1));
                var expected = quotes.Skip(start).Take(QuotesPipeline.NeighbourCount + 1).Where((_, k) => start + k != i)
                    .Select(q => UrlScheme.Quote(q.Id)).ToList();
                Assert.Equal(expected, listed);

                var allLink = page.QuerySelector("#siblings-heading ~ .more-link a");
                if (quotes.Count > QuotesPipeline.NeighbourCount + 1)
                {
                    Assert.NotNull(allLink);
                    Assert.Equal(UrlScheme.Theme(theme.Key), allLink.GetAttribute("href"));
                    Assert.Contains(quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), allLink.TextContent);
                }
                else Assert.Null(allLink);
            }
        }
    }
}
