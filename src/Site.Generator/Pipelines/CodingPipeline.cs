using Site.Generator.Build;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The Gioia data structure (/koding/), and a page per aggregate dimension and per theme.</summary>
public sealed class CodingPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var coding = new Crumb(T("coding"), Site.Urls.Coding);
        yield return new PageSpec("coding", Page(Site.Urls.Coding, "coding", T("coding"), T("coding_description"), HomeCrumb));
        foreach (var dimension in Site.Model.Dimensions)
        {
            var quotes = dimension.Themes.Sum(t => t.Quotes.Count);
            var dimensionDescription = $"{T("dimension")}: {dimension.Title}. {Counted(dimension.Themes.Count, "themes")}, {Counted(quotes, "quotes")}.";
            yield return new PageSpec("dimension", Page(dimension.Url, "dimension", dimension.Title, dimensionDescription, HomeCrumb, coding), ("dimension", dimension), ("table", QuoteTableView.For(dimension)));
            foreach (var theme in dimension.Themes)
                yield return new PageSpec("theme", Page(theme.Url, "theme", theme.Title,
                    $"{T("theme")} under {dimension.Title}: {theme.Title}. {Counted(theme.Quotes.Count, "quotes")}, {Counted(theme.Findings.Count, "findings")}.", HomeCrumb, coding, new Crumb(dimension.Title, dimension.Url)), ("theme", theme), ("by_case", Site.Model.Cases.Select(c => new CaseQuotes(c, theme.Quotes.Where(q => q.Case == c).ToList())).ToList()), ("uncased", theme.Quotes.Where(q => q.Case is null).ToList()));
        }
    }

    /// <summary>«1 sitat», «12 sitater»: a number with the interface's word for it.</summary>
    private string Counted(int n, string what) => $"{n} {T(n == 1 ? what + "_count_one" : what + "_count_many")}";
}

public sealed record CaseQuotes(Model.Case Case, IReadOnlyList<Model.Quote> Quotes);
