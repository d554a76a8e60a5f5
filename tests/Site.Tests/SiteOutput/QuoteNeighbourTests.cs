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
        Assert.Contains(model.Quotes.GroupBy(q => q.ThemeId()), theme => theme.Count() > QuotesPipeline.NeighbourCount + 1);
        foreach (var theme in model.Quotes.GroupBy(q => q.ThemeId()))
        {
            var quotes = theme.ToList();
            for (var i = 0; i < quotes.Count; i++)
            {
                var page = _pages.Document($"sitater/{quotes[i].Id}/index.html");
                var listed = page.QuerySelectorAll("#siblings-heading ~ .quote-list .quote-card blockquote a")
                    .Select(a => a.GetAttribute("href")!).ToList();
                // Checked by its properties, not by the pipeline's formula: as many as there are (up to the cap),
                // the quote and its neighbours form one unbroken run of the theme, centred on the quote unless
                // the theme ends first.
                var positions = listed.Select(href => quotes.FindIndex(q => SiteUrls.Thesis.Quote(q.Id) == href)).ToList();
                Assert.Equal(Math.Min(QuotesPipeline.NeighbourCount, quotes.Count - 1), positions.Count);
                Assert.DoesNotContain(-1, positions);
                Assert.DoesNotContain(i, positions);
                Assert.Equal(positions.Order().ToList(), positions);
                var run = positions.Append(i).Order().ToList();
                Assert.Equal(Enumerable.Range(run[0], run.Count), run);
                int before = positions.Count(p => p < i), after = positions.Count(p => p > i);
                if (before > 0 && after > 0 && run[0] > 0 && run[^1] < quotes.Count - 1) Assert.InRange(Math.Abs(before - after), 0, 1);
                else Assert.True(run[0] == 0 || run[^1] == quotes.Count - 1, $"{quotes[i].Id}: the window is off-centre without reaching an end of its theme");

                var allLink = page.QuerySelector("#siblings-heading ~ .more-link a");
                if (quotes.Count > QuotesPipeline.NeighbourCount + 1)
                {
                    Assert.NotNull(allLink);
                    Assert.Equal($"/temaer/{theme.Key}/", allLink.GetAttribute("href"));
                    // The link counts utterances: a quote printed twice in other words counts once.
                    Assert.Contains(quotes.Count(q => q.VariantOfId is null).ToString(System.Globalization.CultureInfo.InvariantCulture), allLink.TextContent);
                }
                else Assert.Null(allLink);
            }
        }
    }
}
