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

    private Task<List<string>> Check(string path, ColorScheme scheme, int width, bool expectNotFound) =>
        AxeCheck.ProblemsAsync(served.Browser.Instance, served.BaseUrl.TrimEnd('/') + path, scheme, width, expectNotFound);
}
