using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>A page per finding with its statement and evidence, and the list of findings by research question.</summary>
public sealed class FindingsPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("findings", Page(Site.Urls.Findings, "findings", T("findings"), T("findings_description"), HomeCrumb));
        foreach (var finding in Site.Model.Findings)
        {
            var page = Page(finding.Url, "finding", finding.Title, Text.Shorten(finding.Statement, 200), HomeCrumb, new Crumb(T("findings"), Site.Urls.Findings));
            page = ScholarlyMetadata.Describe(page, Site.Model.Study, Site.AbsoluteUrl(finding.Url));
            yield return new PageSpec("finding", page, ("finding", finding));
        }
    }
}
