using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// Axe finds no WCAG 2.2 A/AA violation, and breaks none of its best practices (a skipped heading level, say, which
/// axe files under best practice, not WCAG), on one page of every kind, in light and dark colour schemes, on a phone
/// (390 px) and a desktop (1280 px). The site is served with netlify.toml's headers, so a console error here is
/// usually the Content-Security-Policy blocking something: that fails the test too.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class AccessibilityTests(ServedSite served)
{
    // "best-practice" holds heading-order, page-has-heading-one, landmark and region rules: WCAG tags alone let a skipped heading level through.
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
    private static readonly int[] Widths = [390, 1280];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];
    private const string MissingPage = "/finnes-ikke/her/";

    /// <summary>One page of each kind. Entity pages are taken from the input, so they exist whatever the study.</summary>
    private static string PathOf(string kind)
    {
        var model = StudyData.ThesisModel;
        return kind switch
        {
            "home" => "/",
            // The longest chapter has the most components: quote tables, figures, asides.
            "chapter" => $"/kapitler/{model.Chapters.Where(c => c.Kind == ChapterKind.Chapter).MaxBy(c => c.Body.Length)!.Number}/",
            "quote" => $"/sitater/{model.Quotes[0].Id}/",
            "finding" => $"/funn/{model.Findings[0].Id}/",
            "question" => $"/forskningssporsmal/{model.Study.ResearchQuestions[0].Number}/",
            "case" => $"/{Site.Generator.Urls.Slug.From(model.Study.CaseTerm.Plural)}/{model.Cases[0].Id}/",
            "comparison" => "/sammenligning/",
            "informants" => "/informanter/",
            "informant" => $"/informanter/{model.Informants.First(i => i.Kind == InformantKind.Pseudonym).Id}/",
            "coding" => "/koding/",
            "dimension" => $"/dimensjoner/{model.Dimensions()[0].Id}/",
            "theme" => $"/temaer/{model.Themes().First().Id}/",
            "matrix" => "/matrise/",
            "concepts" => "/begreper/",
            "concept" => $"/begreper/{model.Concepts[0].Id}/",
            "works" => "/kilder/",
            "documents" => "/dokumenter/",
            "about" => "/om/",
            "404" => MissingPage,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    [Theory]
    [InlineData("home")]
    [InlineData("chapter")]
    [InlineData("quote")]
    [InlineData("finding")]
    [InlineData("question")]
    [InlineData("case")]
    [InlineData("comparison")]
    [InlineData("informants")]
    [InlineData("informant")]
    [InlineData("coding")]
    [InlineData("dimension")]
    [InlineData("theme")]
    [InlineData("matrix")]
    [InlineData("concepts")]
    [InlineData("concept")]
    [InlineData("works")]
    [InlineData("documents")]
    [InlineData("about")]
    [InlineData("404")]
    public async Task Page_has_no_wcag_violations_or_console_errors_in_either_scheme_at_phone_and_desktop_width(string kind)
    {
        var path = PathOf(kind);
        var problems = new List<string>();
        foreach (var scheme in Schemes)
        {
            foreach (var width in Widths)
                problems.AddRange(await Check(path, scheme, width, expectNotFound: kind == "404"));
        }
        Assert.True(problems.Count == 0, $"{path}:\n" + string.Join("\n", problems));
    }

    private async Task<List<string>> Check(string path, ColorScheme scheme, int width, bool expectNotFound)
    {
        var label = $"[{scheme.ToString().ToLowerInvariant()}, {width} px]";
        var problems = new List<string>();
        await using var context = await served.Browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        var url = served.BaseUrl.TrimEnd('/') + path;
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // The 404 page is served with status 404, and Chromium logs that for the document itself.
            if (expectNotFound && message.Location.StartsWith(url, StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal)) return;
            lock (problems) problems.Add($"{label} console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (problems) problems.Add($"{label} script error: {error}"); };

        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.Equal(expectNotFound ? 404 : 200, response.Status);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(AxeTags), ResultTypes = [ResultType.Violations] });
        foreach (var violation in result.Violations)
        {
            var nodes = violation.Nodes.Take(5).Select(n => $"      {n.Target}: {Why(n)}");
            problems.Add($"{label} {violation.Id} ({violation.Impact}): {violation.Help} — {violation.Nodes.Length} element(s)\n{string.Join("\n", nodes)}");
        }
        return problems;
    }

    /// <summary>What axe found wrong with an element, in its own words (e.g. the measured contrast ratio).</summary>
    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct().Take(2));
}
