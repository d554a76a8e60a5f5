using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>About the study and this edition: method in brief, anonymisation, how to cite, editorial notes.</summary>
public sealed class AboutPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("about", Page(Site.Urls.About, "about", T("about"), T("about_description"), HomeCrumb), ("citation", CitationView()));
    }

    private Views.CitationView CitationView()
    {
        var citation = Citations.Citation.ForPage(Site.Model.Study, Citations.Citation.KeyFor(Site.Model.Study, ""), Site.AbsoluteUrl(UrlScheme.Home), null);
        return new Views.CitationView(citation, Site.Citations.For(citation.Url));
    }
}
