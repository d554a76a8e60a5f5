using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Content;

/// <summary>
/// Counts count utterances: where the thesis prints one utterance twice in different words (a table and the
/// running text), the data keeps both wordings (<c>variant_of</c>), and every count counts it once.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class UtteranceCountTests(BuiltSite site)
{
    /// <summary>Figure 5's count for each theme, as the chapter page draws it.</summary>
    private Dictionary<string, int> FigureFiveCounts()
    {
        var page = new HtmlParser().ParseDocument(site.Read("kapitler/3/index.html"));
        var figure = page.QuerySelector("figure#figur-5") ?? throw new InvalidOperationException("figure 5 is not on the chapter 3 page");
        return figure.QuerySelectorAll("a.coding-count").ToDictionary(
            a => a.GetAttribute("href")!.Split('#')[0].Trim('/').Split('/')[^1],
            a => int.Parse(Count().Match(a.TextContent).Value));
    }

    [Fact]
    public void Figure_fives_counts_are_the_distinct_utterances_per_theme_of_tables_5_to_7()
    {
        var model = StudyData.Model;
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dimension in model.Dimensions().Where(d => d.Table is not null))
        {
            var table = new SourceTable(ThesisSource.Instance, dimension.Table!.Value, dimension, model.Informants);
            Assert.NotEmpty(table.Quotes);
            foreach (var group in table.Quotes.Where(q => q.Theme is not null).GroupBy(q => q.Theme!.Id))
                expected[group.Key] = group.Select(q => (ThesisSource.Fold(q.Text), q.Speaker.ToLowerInvariant())).Distinct().Count();
        }
        // Utterances the running text quotes that no table has (none is another wording of a table's): counted
        // where they are coded, and checked here to be in no table.
        var tableTexts = model.Dimensions().Where(d => d.Table is not null)
            .SelectMany(d => new SourceTable(ThesisSource.Instance, d.Table!.Value, d, model.Informants).Quotes)
            .Select(q => ThesisSource.Fold(q.Text)).ToList();
        foreach (var quote in model.Quotes.Where(q => q.Table is null && q.VariantOfId is null))
        {
            Assert.DoesNotContain(tableTexts, t => t.Contains(ThesisSource.Fold(quote.Text), StringComparison.Ordinal));
            expected[quote.ThemeId()] = expected.GetValueOrDefault(quote.ThemeId()) + 1;
        }
        var figure = FigureFiveCounts();
        // The figure counts each theme's utterances (the dimensions above them have counts of their own).
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), figure.Where(e => expected.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), StudyData.Model.Themes().Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_theme_and_case_pages_and_the_home_page_count_utterances()
    {
        var model = StudyData.Model;
        var variants = model.Quotes.Count(q => q.VariantOfId is not null);
        Assert.True(variants >= 10, $"{variants} variants");
        var utterances = model.Quotes.Count - variants;
        var home = Spaces().Replace(SiteText.Of(site.Read("index.html")), " ");
        Assert.Contains($"{utterances} sitater", home);
        Assert.DoesNotContain($"{model.Quotes.Count} sitater", home);
        // organisasjonsstruktur: 18 quotes, 4 of them the running text's other wordings of table 7's.
        var theme = Spaces().Replace(SiteText.Of(site.Read("temaer/organisasjonsstruktur/index.html")), " ");
        var own = model.Quotes.Count(q => q.ThemeId() == "organisasjonsstruktur" && q.VariantOfId is null);
        Assert.Contains($"Sitater ({own})", theme);
        var matrix = new HtmlParser().ParseDocument(site.Read("matrise/index.html"));
        var total = matrix.QuerySelectorAll("table.matrix")[0].QuerySelectorAll("tfoot td").Last().TextContent.Trim();
        Assert.Equal(utterances.ToString(), total);
    }

    [Fact]
    public void The_wordings_of_one_utterance_link_each_other()
    {
        var table = site.Read("sitater/ole-formell-kompetanse/index.html");
        var text = site.Read("sitater/ole-formell-kompetanse-tekst/index.html");
        Assert.Contains("href=\"/sitater/ole-formell-kompetanse-tekst/\"", table);
        Assert.Contains("href=\"/sitater/ole-formell-kompetanse/\"", text);
        Assert.Contains("Samme utsagn, annen ordlyd", text);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Count();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>The rules of a variant, on the tiny study.</summary>
public sealed class VariantRulesTests
{
    private static List<Diagnostic> Errors(StudyCopy study) =>
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void A_variant_of_another_speakers_quote_fails_so_no_anonymous_quote_is_joined_to_a_pseudonym()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  speaker: informant\n", "  speaker: informant\n  variant_of: lise-moter\n");
        Assert.Contains(Errors(study), e => e.Code == "Q17" && e.Location.File == "input/quotes/2-1.yml");
    }

    [Fact]
    public void A_variant_of_an_unknown_quote_fails()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  speaker: informant\n", "  speaker: informant\n  variant_of: lise-motre\n");
        Assert.Contains(Errors(study), e => e.Code == "Q04" || e.Message.Contains("lise-motre", StringComparison.Ordinal));
    }
}
