using System.Diagnostics;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Synthetic;

namespace Site.Tests.Synthetic;

/// <summary>
/// The synthetic study generator (for benchmarks) writes valid studies at any size: they build without a single
/// diagnostic, with one page per quote, every quote quoted in the text and every work cited; and a seed fixes them.
/// </summary>
public sealed class SyntheticStudyTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(2000)]
    public void Generated_study_builds_without_diagnostics_and_has_one_page_per_quote(int quotes)
    {
        using var temp = new TempFolder();
        var study = SyntheticStudyGenerator.Generate(quotes, temp["study"], seed: 7);

        var report = new SiteBuilder(BuiltSite.Options(temp["study"], temp["out"], searchIndex: false)).Build();

        Assert.Empty(report.Diagnostics.Select(d => d.Format(temp.Path)));
        Assert.Equal(quotes, study.Quotes.Count);
        var quotePages = Directory.GetDirectories(temp["out/sitater"]).Where(d => File.Exists(Path.Combine(d, "index.html"))).Select(d => Path.GetFileName(d)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(study.Quotes.Select(q => q.Id).ToHashSet(), quotePages);
        Assert.Equal(quotes + 1, report.PagesByPipeline["Quotes"]); // the pages and the list of all quotes
        Assert.Equal(study.Findings.Count, report.PagesByPipeline["Findings"] - 1);
    }

    [Fact]
    public void Every_quote_stands_in_the_text_every_work_is_cited_and_the_data_spreads_over_cases_and_speakers()
    {
        using var temp = new TempFolder();
        SyntheticStudyGenerator.Generate(1000, temp["study"], seed: 3);

        var site = new SiteBuilder(BuiltSite.Options(temp["study"], temp["out"], searchIndex: false)).Prepare(new DiagnosticBag());
        var model = site.Model;

        Assert.Equal(1000, model.Quotes.Count);
        Assert.All(model.Quotes, q => Assert.NotEmpty(q.Sections));
        // Every work and document is cited in the text in a form works.yml or documents.yml declares.
        var citations = new CitationMatcher(model.Works.Cast<ICitable>().Concat(model.Documents));
        var cited = model.Chapters.SelectMany(c => citations.Matches(c.Body)).Select(m => m.Citable.Id).ToHashSet();
        Assert.All(model.Works.Concat<ICitable>(model.Documents), w => Assert.Contains(w.Id, cited));
        Assert.All(model.Concepts, c => Assert.NotEmpty(c.CitingSections));
        Assert.All(model.Themes(), t => Assert.NotEmpty(t.Quotes));
        Assert.All(model.Dimensions(), d => Assert.Contains(d.AllQuotes, q => q.Table == d.Table));
        Assert.InRange(model.Findings.Count, 330, 337);
        Assert.All(model.Findings, f => Assert.NotEmpty(f.Quotes));
        Assert.True(model.Cases.Count >= 2 && model.Cases.All(c => c.Quotes.Count > 0), "quotes spread over every case");
        Assert.Contains(model.Quotes, q => q.Speaker.IsPseudonym);
        Assert.Contains(model.Quotes, q => !q.Speaker.IsPseudonym);
        Assert.True(model.Study.ResearchQuestions.All(rq => rq.Quotes.Any()), "every research question has quotes");
        Assert.Null(model.SourceText); // no source text: the verbatim check is skipped
        // Quotes are listed in the order the text first shows them, as the format asks.
        var firstSection = model.Quotes.Select(q => q.Sections[0].Order).ToList();
        Assert.Equal(firstSection.Order(), firstSection);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_another_seed_another_study()
    {
        using var temp = new TempFolder();
        SyntheticStudyGenerator.Generate(300, temp["a"], seed: 11);
        SyntheticStudyGenerator.Generate(300, temp["b"], seed: 11);
        SyntheticStudyGenerator.Generate(300, temp["c"], seed: 12);

        var a = Files(temp["a"]);
        var b = Files(temp["b"]);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a.Keys, k => Assert.True(a[k] == b[k], $"{k} differs between two runs with one seed"));
        Assert.NotEqual(a["quotes/001.yml"], Files(temp["c"])["quotes/001.yml"]);
    }

    [Fact]
    public void Quotes_are_split_into_files_of_about_five_hundred()
    {
        using var temp = new TempFolder();
        SyntheticStudyGenerator.Generate(1200, temp["study"]);

        var files = Directory.GetFiles(temp["study/quotes"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["001.yml", "002.yml", "003.yml"], files);
        Assert.Equal(500, File.ReadAllLines(temp["study/quotes/001.yml"]).Count(l => l.StartsWith("- id: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_command_writes_a_study_and_refuses_a_folder_it_did_not_write()
    {
        using var temp = new TempFolder();
        var (code, output, _) = SiteCli.RunProgram("synthetic-study.dll", Repository.Root, "--quotes", "40", "--output", temp["study"], "--seed", "5");
        Assert.Equal(0, code);
        Assert.Contains("Wrote a study of 40 quotes", output);
        Assert.True(File.Exists(temp["study/study.yml"]));

        // Writing again replaces its own study; a folder of someone's own files is never touched.
        Assert.Equal(0, SiteCli.RunProgram("synthetic-study.dll", Repository.Root, "--quotes", "20", "--output", temp["study"]).Code);
        Assert.Equal(20, File.ReadAllLines(temp["study/quotes/001.yml"]).Count(l => l.StartsWith("- id: ", StringComparison.Ordinal)));
        Directory.CreateDirectory(temp["mine"]);
        File.WriteAllText(temp["mine/notes.txt"], "mine");
        var (refused, _, error) = SiteCli.RunProgram("synthetic-study.dll", Repository.Root, "--quotes", "20", "--output", temp["mine"]);
        Assert.Equal(1, refused);
        Assert.Contains("not empty", error);
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp["mine"]).Select(Path.GetFileName));
    }

    private static SortedDictionary<string, string> Files(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllText), StringComparer.Ordinal);
}
