using Site.Generator.Build;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>About the study and this edition: method in brief, anonymisation, how to cite, editorial notes.</summary>
public sealed class AboutPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var citation = Citations.Citation.ForPage(Site.Model.Study, Citations.Citation.KeyFor(Site.Model.Study, ""), Site.AbsoluteUrl(UrlScheme.Home), null);
        yield return new PageSpec("about", Page(UrlScheme.About, "about", T("about"), null, HomeCrumb), ("citation", new Views.CitationView(citation, UrlScheme.About)));
    }
}
