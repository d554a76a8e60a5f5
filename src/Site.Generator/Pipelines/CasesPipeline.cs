using Site.Generator.Build;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>A page per case (municipality), the list of cases, and the page that compares them theme by theme.</summary>
public sealed class CasesPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var plural = Capitalise(Site.Model.Study.CaseTerm.Plural);
        var names = Enumerate(Site.Model.Cases.Select(c => c.ShortName).ToList(), T("and"));
        yield return new PageSpec("cases", Page(Site.Urls.Cases, "cases", plural, T("cases_description").Replace("{names}", names, StringComparison.Ordinal), HomeCrumb));
        foreach (var c in Site.Model.Cases)
            yield return new PageSpec("case", Page(c.Url, "case", c.Name, c.Description, HomeCrumb, new Crumb(plural, Site.Urls.Cases)), ("study_case", c),
                ("quotes_by_theme", Site.Model.Themes.Select(t => new ThemeQuotes(t, c.Quotes.Where(q => q.Theme == t).ToList())).Where(g => g.Quotes.Count > 0).ToList()));
        yield return new PageSpec("comparison", Page(Site.Urls.Comparison, "comparison", T("comparison"), T("comparison_description").Replace("{names}", names, StringComparison.Ordinal), HomeCrumb), ("matrix", CodingMatrix.Build(Site.Model)));
    }

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>«Bærum», «Bærum og Orkland», «A, B og C».</summary>
    public static string Enumerate(IReadOnlyList<string> items, string and) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}

public sealed record ThemeQuotes(Model.Theme Theme, IReadOnlyList<Model.Quote> Quotes);
