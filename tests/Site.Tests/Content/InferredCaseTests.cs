using System.Text.RegularExpressions;
using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Content;

/// <summary>
/// Where the text leaves an informant's municipality implicit, the editors record a reading with its reasons
/// (<c>case_inferred</c> + <c>evidence</c>); the site shows it as inferred («slutning fra teksten»), distinct from a
/// stated one, and its counts use it and say so.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class InferredCaseTests(BuiltSite site)
{
    private const string Inferred = "slutning fra teksten";

    private string Text(string page) => Spaces().Replace(SiteText.Of(site.Read(page)), " ");

    [Fact]
    public void Every_pseudonym_has_a_municipality_and_the_inferred_ones_say_so_on_their_page()
    {
        var pseudonyms = StudyData.Model.Informants.Where(i => i.IsPseudonym).ToList();
        Assert.All(pseudonyms, p => Assert.True(p.CaseId is not null || p.CaseInferredId is not null, $"{p.Name} has no municipality"));
        foreach (var p in pseudonyms)
        {
            var page = Text($"informanter/{p.Id}/index.html");
            Assert.Equal(p.CaseInferredId is not null, page.Contains(Inferred, StringComparison.Ordinal));
        }
        Assert.Equal(["anne", "hilde"], pseudonyms.Where(p => p.CaseInferredId is not null).Select(p => p.Id).Order());
    }

    [Fact]
    public void The_municipalities_informant_counts_agree_with_the_method_chapter()
    {
        // 3.3.1: "Det er intervjuet fem informanter fra hver kommune."
        var sentence = NumberPerCase().Match(ThesisSource.Instance.Folded);
        Assert.True(sentence.Success);
        var perCase = Array.IndexOf(NumberWords, sentence.Groups["n"].Value);
        Assert.Equal(5, perCase);
        var cases = Text("kommuner/index.html");
        foreach (var c in StudyData.Model.Cases)
            Assert.Matches($@"{Regex.Escape(c.Name)} \d+ sitater · \d+ funn · {perCase} informanter", cases);
        Assert.Contains("Anne, Hilde: kommune er ikke oppgitt i teksten, men en slutning fra den", cases);
    }

    [Fact]
    public void Quotes_of_an_inferred_speaker_show_the_case_as_inferred_but_a_quote_whose_passage_says_otherwise_keeps_its_own()
    {
        var top = Text("sitater/anne-top-down/index.html");
        Assert.Contains($"Bærum kommune ({Inferred})", top);
        // 4.2.2 says «Anne fra Orkland»: that quote stays under Orkland, stated by its passage, with its note.
        var toppen = Text("sitater/anne-toppen-tilrettelegger/index.html");
        Assert.Contains("Kommune Orkland kommune Aggregert dimensjon", toppen);
        Assert.Contains("Anne, Orkland kommune Redaksjonell merknad", toppen); // the hero: no «(slutning fra teksten)»
        Assert.Contains("«Anne fra Orkland»", toppen);
    }

    [Fact]
    public void The_passages_the_evidence_quotes_stand_in_the_source()
    {
        var source = ThesisSource.Instance.Folded;
        var missing = new List<string>();
        foreach (var informant in StudyData.Model.Informants.Where(i => i.Evidence is not null))
        foreach (Match m in QuotedPassage().Matches(informant.Evidence!))
        foreach (var part in m.Groups[1].Value.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (!source.Contains(ThesisSource.Fold(part), StringComparison.Ordinal)) missing.Add($"{informant.Id}: {part}");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static readonly string[] NumberWords = ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti"];

    [GeneratedRegex(@"Det er intervjuet (?<n>\w+) informanter fra hver kommune\.")]
    private static partial Regex NumberPerCase();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedPassage();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>The rules of an inferred case, on the tiny study.</summary>
public sealed class InferredCaseRulesTests
{
    private static List<Diagnostic> Errors(StudyCopy study) =>
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void A_stated_and_an_inferred_case_together_fail()
    {
        using var study = new StudyCopy();
        study.Replace("informants.yml", "  case: nordby\n", "  case: nordby\n  case_inferred: sorby\n  evidence: Fordi.\n");
        Assert.Contains(Errors(study), e => e.Code == "I10");
    }

    [Fact]
    public void An_inferred_case_needs_its_reasoning()
    {
        using var study = new StudyCopy();
        study.Replace("informants.yml", "  case: nordby\n", "  case_inferred: nordby\n");
        Assert.Contains(Errors(study), e => e.Code == "I11" && e.Location.File == "input/informants.yml");
    }

    [Fact]
    public void A_quote_may_keep_its_own_case_against_an_inferred_one_only_with_a_note()
    {
        using var study = new StudyCopy();
        study.Replace("informants.yml", "  case: nordby\n", "  case_inferred: nordby\n  evidence: Sammenhengen i 2.1.\n");
        study.Replace("quotes/2-1.yml", "  speaker: lise\n", "  speaker: lise\n  case: sorby\n");
        Assert.Contains(Errors(study), e => e.Code == "Q15");
        study.Replace("quotes/2-1.yml", "  speaker: lise\n  case: sorby\n", "  speaker: lise\n  case: sorby\n  note: Avsnittet sier Sørby.\n");
        new SiteBuilder(study.Options()).Build();
        var page = File.ReadAllText(Path.Combine(study.Output, "informanter/lise/index.html"));
        Assert.Contains("slutning fra teksten", page);
    }
}
