using Site.Generator.Model;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The coding's overview (its data structure), and a page per code at every level.</summary>
public sealed class CodingPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var coding = new Crumb(T("coding"), Site.Urls.Coding);
        var levels = string.Join(", ", Site.Model.Levels.Select(l => l.Plural)); // the theme's sentence joins the last one to "the quotes"
        yield return new PageSpec("coding", Page(Site.Urls.Coding, "coding", T("coding"),
            Site.Locale.Format("coding_description", ("method", Site.Model.Coding.Method.Name), ("levels", levels)), HomeCrumb),
            ("coding", Site.Model.Coding));
        foreach (var code in Site.Model.Codes.Where(c => c.Level is not null))
        {
            var crumbs = code.Ancestors.Select(a => new Crumb(a.Title, a.Url)).Prepend(coding).Prepend(HomeCrumb).ToArray();
            yield return new PageSpec("code", Page(code.Url, "code", code.Title, Describe(code), crumbs),
                ("code", code),
                ("table", code.Table is null ? null : QuoteTableView.For(code)),
                ("by_case", Site.Model.Cases.Select(c => new CaseQuotes(c, code.AllQuotes.Where(q => q.Case == c).ToList())).ToList()),
                ("uncased", code.AllQuotes.Where(q => q.Case is null).ToList()));
        }
    }

    /// <summary>"Code under Informal conversations: … 12 quotes, 3 findings.": what a search engine shows under the title.</summary>
    private string Describe(Code code)
    {
        var counts = new List<string>();
        if (code.Codes.Count > 0)
            counts.Add($"{code.Codes.Count} {(code.Codes.Count == 1 ? code.Codes[0].Level.Singular : code.Codes[0].Level.Plural)}");
        counts.Add(Counted(code.AllQuotes.Count, "quotes"));
        if (code.Findings.Count > 0) counts.Add(Counted(code.Findings.Count, "findings"));
        var what = Site.Locale.Capitalised(code.Level.Singular);
        var under = code.Parent is null ? "" : " " + Site.Locale.Format("code_under", ("parent", code.Parent.Title));
        return $"{what}{under}: {code.Title}. {Site.Locale.Capitalised(string.Join(", ", counts))}.";
    }

    /// <summary>"1 quote", "12 quotes": a number with the interface's word for it.</summary>
    private string Counted(int n, string what) => $"{n} {T(n == 1 ? what + "_count_one" : what + "_count_many")}";
}

public sealed record CaseQuotes(Case Case, IReadOnlyList<Quote> Quotes);
