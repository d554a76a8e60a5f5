using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The glossary of theoretical concepts and a page per concept with its backlinks.</summary>
public sealed class ConceptsPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("concepts", Page(Site.Urls.Concepts, "concepts", T("concepts"), T("concepts_description"), HomeCrumb));
        foreach (var concept in Site.Model.Concepts)
        {
            var page = Page(concept.Url, "concept", concept.Name, Text.Shorten(concept.Definition, 200), HomeCrumb, new Crumb(T("concepts"), Site.Urls.Concepts));
            yield return new PageSpec("concept", page, ("concept", concept));
        }
    }
}
