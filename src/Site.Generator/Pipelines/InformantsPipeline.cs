using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// Pages for pseudonymous informants only. Anonymous attributions are listed as such on the overview and get
/// no page: a page would invite readers to treat "a teacher at one school" as one person, or as one of the pseudonyms.
/// </summary>
public sealed class InformantsPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("informants", Page(Site.Urls.Informants, "informants", T("informants"), T("informants_description"), HomeCrumb));
        foreach (var informant in Site.Model.Informants.Where(i => i.IsPseudonym))
            yield return new PageSpec("informant", Page(informant.Url!, "informant", informant.Name, Describe(informant), HomeCrumb, new Views.Crumb(T("informants"), Site.Urls.Informants)), ("informant", informant));
    }

    /// <summary>"Informant: Hannah, Ashford Academy. 12 quotes."</summary>
    private string Describe(Model.Informant informant)
    {
        var who = string.Join(", ", new[] { informant.Name, informant.Role, informant.Case?.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var count = informant.Quotes.Count;
        return $"{T("informant")}: {who}. {count} {T(count == 1 ? "quotes_count_one" : "quotes_count_many")}.";
    }
}
