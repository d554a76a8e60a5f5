using Site.Generator.Build;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>Works cited (/kilder/) and the documents of the document studies (/dokumenter/), each with the sections citing them.</summary>
public sealed class ReferencesPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("works", Page(Site.Urls.Works, "works", T("works"), T("works_description"), HomeCrumb));
        yield return new PageSpec("documents", Page(Site.Urls.Documents, "documents", T("documents"), T("documents_description"), HomeCrumb));
    }
}
