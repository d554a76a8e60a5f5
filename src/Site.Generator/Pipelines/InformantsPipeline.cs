using Site.Generator.Build;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// Pages for pseudonymous informants only. Anonymous attributions are listed as such on the overview and get
/// no page: a page would invite readers to treat «Informant fra Bærum» as one person, or as one of the pseudonyms.
/// </summary>
public sealed class InformantsPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("informants", Page(UrlScheme.Informants, "informants", T("informants"), null, HomeCrumb));
        foreach (var informant in Site.Model.Informants.Where(i => i.IsPseudonym))
            yield return new PageSpec("informant", Page(informant.Url!, "informant", informant.Name, null, HomeCrumb, new Views.Crumb(T("informants"), UrlScheme.Informants)), ("informant", informant));
    }
}
