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
        yield return new PageSpec("quotes", Page(UrlScheme.Quotes, "quotes", T("quotes"), T("quotes_description"), HomeCrumb));
        foreach (var quote in Site.Model.Quotes)
        {
            var title = $"«{Text.Shorten(quote.Text, 70)}» – {quote.Speaker.Name}";
            var page = Page(quote.Url, "quote", title, quote.Text, HomeCrumb, new Crumb(T("quotes"), UrlScheme.Quotes));
            page = ScholarlyMetadata.Describe(page, Site.Model.Study, Site.AbsoluteUrl(quote.Url), quote.Text);
            var citation = CitationFor(quote);
            var siblings = quote.Theme.Quotes.Where(q => q != quote).ToList();
            yield return new PageSpec("quote", page, ("quote", quote), ("citation", new CitationView(citation, quote.Url)), ("siblings", siblings));
        }
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles()
    {
        foreach (var quote in Site.Model.Quotes)
        {
            var citation = CitationFor(quote);
            var folder = UrlScheme.Quote(quote.Id).TrimStart('/');
            yield return TextFile(folder + CitationView.BibFile, CitationFormats.BibTex(citation));
            yield return TextFile(folder + CitationView.RisFile, CitationFormats.Ris(citation));
            yield return TextFile(folder + CitationView.CslFile, CitationFormats.CslJson(citation));
        }
    }

    private Citation CitationFor(Quote quote) =>
        Citation.ForPage(Site.Model.Study, Citation.KeyFor(Site.Model.Study, quote.Id), Site.AbsoluteUrl(quote.Url), $"Sitat: «{quote.Text}» ({quote.Speaker.Name})");
}
