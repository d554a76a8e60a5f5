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
            var title = $"{Site.Locale.Quoted(Text.Shorten(quote.Text, 70))} – {quote.Speaker.Name}";
            var page = Page(quote.Url, "quote", title, quote.Text, HomeCrumb, new Crumb(T("quotes"), Site.Urls.Quotes));
            page = ScholarlyMetadata.Describe(page, Site.Model.Study, Site.AbsoluteUrl(quote.Url), quote.Text, quote.Speaker.IsPseudonym ? quote.Speaker.Name : null);
            var citation = CitationFor(quote);
            var siblings = Neighbours(quote.Codes[0].Quotes, quote);
            yield return new PageSpec("quote", page, ("quote", quote), ("citation", new CitationView(citation, Site.Citations.For(citation.Url))), ("siblings", siblings));
        }
    }

    /// <summary>How many other quotes of its first code a quote page lists; the code's page lists them all.</summary>
    public const int NeighbourCount = 10;

    /// <summary>
    /// The quotes of the same code nearest to this one in the study's order, at most <see cref="NeighbourCount"/>.
    /// A bounded window keeps a quote page light and quick to build however large a theme grows: listing every
    /// sibling made each page of a 500-quote theme carry 500 cards.
    /// </summary>
    public static IReadOnlyList<Quote> Neighbours(List<Quote> themeQuotes, Quote quote)
    {
        var index = themeQuotes.IndexOf(quote);
        var start = Math.Clamp(index - NeighbourCount / 2, 0, Math.Max(0, themeQuotes.Count - NeighbourCount - 1));
        return themeQuotes.Skip(start).Take(NeighbourCount + 1).Where(q => q != quote).Take(NeighbourCount).ToList();
    }

    /// <summary>The study cited at the quote's page, with a note (in the interface's words) of the quote it is for.</summary>
    private Citation CitationFor(Quote quote) =>
        Citation.ForPage(Site.Model.Study, Citation.KeyFor(Site.Model.Study, quote.Id), Site.AbsoluteUrl(quote.Url),
            T("citation_quote_note").Replace("{quote}", quote.Text, StringComparison.Ordinal).Replace("{speaker}", quote.Speaker.Name, StringComparison.Ordinal));
}
