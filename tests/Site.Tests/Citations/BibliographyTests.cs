using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 16 item 7: a study brings its bibliography as a Zotero export (BibTeX or CSL-JSON); the text cites it by
/// author and year or by [@key], each citation links to the generated reference list, each entry there lists the
/// places citing it, and an entry nobody cites or a key with no entry is a warning at its place.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class BibliographyTests
{
    private const string Bib = """
        @article{braun2006,
          author = {Braun, Virginia and Clarke, Victoria},
          title = {Using thematic analysis in psychology},
          journal = {Qualitative Research in Psychology},
          year = {2006}, volume = {3}, number = {2}, pages = {77--101},
          doi = {10.1191/1478088706qp063oa}
        }

        @book{hansen2020,
          author = {Hansen, Kari},
          title = {Skoler som lærer},
          publisher = {Universitetsforlaget},
          year = {2020}
        }

        @book{unused2019,
          author = {Lie, Ola},
          title = {Ingen siterer denne},
          publisher = {Cappelen},
          year = {2019}
        }
        """;

    private static (StudyCopy Study, SiteBuilder.Report Report) Build(string bibliographyFile, string bibliography)
    {
        var study = new StudyCopy();
        study.Write(bibliographyFile, bibliography);
        study.Replace("chapters/1-innledning.md", "Skoler lærer av hverandre (Hansen, 2020).",
            "Skoler lærer av hverandre (Hansen, 2020). Analysen følger [@braun2006], og [@ukjent2001] finnes ikke.");
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er sentralt, som Braun & Clarke (2006) viser.");
        var report = new SiteBuilder(study.Options()).Build();
        return (study, report);
    }

    [Fact]
    public void ABibTexBibliographyBecomesTheReferenceListThatTheTextLinksTo()
    {
        var (study, report) = Build("references.bib", Bib);
        using var _ = study;
        var chapter = File.ReadAllText(Path.Combine(study.Output, "kapitler", "1", "index.html"));
        Assert.Contains("href=\"/kilder/#braun2006\" class=\"citation\">(Braun &amp; Clarke, 2006)</a>", chapter);
        Assert.Contains("href=\"/kilder/#hansen2020\" class=\"citation\">Hansen, 2020</a>", chapter);
        Assert.Contains("[@ukjent2001]", chapter); // left as written, and reported

        var works = File.ReadAllText(Path.Combine(study.Output, "kilder", "index.html"));
        Assert.Contains("<li id=\"braun2006\">", works);
        Assert.Contains("Braun, V., &#38; Clarke, V. (2006). Using thematic analysis in psychology. <i>Qualitative Research in Psychology</i>", works);
        Assert.Matches("id=\"braun2006\">\\s*<div class=\"reference\">.*</div>\\s*<p class=\"cited-in\">Sitert i: <a href=\"/kapitler/1/", works);
        // In the style's order: Braun, Hansen, Lie.
        Assert.True(works.IndexOf("id=\"braun2006\"", StringComparison.Ordinal) < works.IndexOf("id=\"hansen2020\"", StringComparison.Ordinal));
        Assert.True(works.IndexOf("id=\"hansen2020\"", StringComparison.Ordinal) < works.IndexOf("id=\"unused2019\"", StringComparison.Ordinal));

        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Code.StartsWith("RF", StringComparison.Ordinal)).ToList();
        var uncited = Assert.Single(warnings, d => d.Code == "RF001");
        Assert.Contains("unused2019", uncited.Message);
        Assert.Equal(("references.bib", 16), (Path.GetFileName(uncited.Location.File), uncited.Location.Line));
        var missing = Assert.Single(warnings, d => d.Code == "RF002");
        Assert.Contains("ukjent2001", missing.Message);
        Assert.Equal("1-innledning.md", Path.GetFileName(missing.Location.File));
        Assert.Equal((6, 76), (missing.Location.Line, missing.Location.Column));
    }

    [Fact]
    public void ACslJsonBibliographyWorksTheSame()
    {
        const string json = """
            [
              { "id": "braun2006", "type": "article-journal", "title": "Using thematic analysis in psychology",
                "author": [{ "family": "Braun", "given": "Virginia" }, { "family": "Clarke", "given": "Victoria" }],
                "container-title": "Qualitative Research in Psychology", "issued": { "date-parts": [[2006]] } },
              { "id": "hansen2020", "type": "book", "title": "Skoler som lærer", "author": [{ "family": "Hansen", "given": "Kari" }],
                "publisher": "Universitetsforlaget", "issued": { "date-parts": [[2020]] } }
            ]
            """;
        var (study, report) = Build("references.json", json);
        using var _ = study;
        var chapter = File.ReadAllText(Path.Combine(study.Output, "kapitler", "1", "index.html"));
        Assert.Contains("href=\"/kilder/#braun2006\" class=\"citation\">(Braun &amp; Clarke, 2006)</a>", chapter);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "RF001");
        Assert.Single(report.Diagnostics, d => d.Code == "RF002");
    }
}
