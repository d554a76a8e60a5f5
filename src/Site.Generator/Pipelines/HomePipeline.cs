using Site.Generator.Build;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>The home page: the research problem, the questions, the main finding, the cases, ways in.</summary>
public sealed class HomePipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var study = Site.Model.Study;
        var page = Views.ScholarlyMetadata.Describe(Page(UrlScheme.Home, "home", study.Title, study.MainFinding?.Summary), study, Site.AbsoluteUrl(UrlScheme.Home));
        yield return new PageSpec("home", page);
    }
}
