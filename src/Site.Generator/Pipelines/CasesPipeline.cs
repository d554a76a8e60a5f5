using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>A page per case, the list of cases, and the page that compares them code by code.</summary>
public sealed class CasesPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var plural = Site.Locale.Capitalised(Site.Model.Study.CaseTerm.Plural);
        var names = Site.Locale.JoinList(Site.Model.Cases.Select(c => c.ShortName).ToList());
        yield return new PageSpec("cases", Page(Site.Urls.Cases, "cases", plural, T("cases_description").Replace("{names}", names, StringComparison.Ordinal), HomeCrumb));
        foreach (var c in Site.Model.Cases)
            yield return new PageSpec("case", Page(c.Url, "case", c.Name, c.Description, HomeCrumb, new Crumb(plural, Site.Urls.Cases)), ("study_case", c),
                ("quotes_by_code", Site.Model.Codes.Where(code => code.Level is not null).Select(code => new CodeQuotes(code, c.Quotes.Where(q => q.Codes.Contains(code)).ToList())).Where(g => g.Quotes.Count > 0).ToList()));
        yield return new PageSpec("comparison", Page(Site.Urls.Comparison, "comparison", T("comparison"), T("comparison_description").Replace("{names}", names, StringComparison.Ordinal), HomeCrumb), ("matrix", CodingMatrix.Build(Site.Model)));
    }

}

public sealed record CodeQuotes(Model.Code Code, IReadOnlyList<Model.Quote> Quotes);
