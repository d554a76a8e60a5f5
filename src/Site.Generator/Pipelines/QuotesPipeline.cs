using Site.Generator.Build;
using Site.Generator.Citations;
using Site.Generator.Engine;
using Site.Generator.Model;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>A citable page per quote, with its coding, context and citation in every format; and the list of all quotes.</summary>
public sealed class QuotesPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("quotes", Page(Site.Urls.Quotes, "quotes", T("quotes"), T("quotes_description"), HomeCrumb));
        foreach (var quote in Site.Model.Quotes)
        {
            var title = $"«{Text.Shorten(quote.Text, 70)}» – {quote.Speaker.Name}";
            var page = Page(quote.Url, "quote", title, quote.Text, HomeCrumb, new Crumb(T("quotes"), Site.Urls.Quotes));
            page = ScholarlyMetadata.Describe(page, Site.Model.Study, Site.AbsoluteUrl(quote.Url), quote.Text);
            var citation = CitationFor(quote);
            var siblings = Neighbours(quote.Theme.Quotes, quote);
            yield return new PageSpec("quote", page, ("quote", quote), ("citation", new CitationView(citation)), ("siblings", siblings));
        }
    }

    /// <summary>How many other quotes of its theme a quote page lists; the theme page lists them all.</summary>
    public const int NeighbourCount = 10;

    /// <summary>
    /// The quotes of the same theme nearest to this one in the study's order, at most <see cref="NeighbourCount"/>.
    /// A bounded window keeps a quote page light and quick to build however large a theme grows: listing every
    /// sibling made each page of a 500-quote theme carry 500 cards.
    /// </summary>
    public static IReadOnlyList<Quote> Neighbours(List<Quote> themeQuotes, Quote quote)
    {
        var index = themeQuotes.IndexOf(quote);
        var start = Math.Clamp(index - NeighbourCount / 2, 0, Math.Max(0, themeQuotes.Count - NeighbourCount - 1));
        return themeQuotes.Skip(start).Take(NeighbourCount + 1).Where(q => q != quote).Take(NeighbourCount).ToList();
    }

    private Citation CitationFor(Quote quote) =>
        Citation.ForPage(Site.Model.Study, Citation.KeyFor(Site.Model.Study, quote.Id), Site.AbsoluteUrl(quote.Url), $"Sitat: «{quote.Text}» ({quote.Speaker.Name})");
}
