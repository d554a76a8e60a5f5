using Site.Generator.Citations;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 4: the APA 7 reference on a quote page is what citeproc's APA style (citation-js, en-US) renders from the
/// page's own CSL-JSON, and it cites a master's thesis the APA 7 way: [genre, institution] with the genre the
/// study names itself (study.yml degree, «Masteroppgave»).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ApaReferenceTests(BuiltSite site)
{
    [Fact]
    public void ApaOnEveryQuotePageIsWhatCiteprocRendersFromThePagesCslJson()
    {
        var pages = CitingPage.QuotePages(site);
        var answers = CitationJs.Read(pages.Select(p => new CitationJs.Request(Apa: p.DownloadedCslJson)).ToList());

        var differences = pages.Zip(answers)
            .Where(pair => pair.Second.Error is not null || pair.First.Apa != pair.Second.Apa?.Trim())
            .Select(pair => $"{pair.First.Path}:\n  page:       {pair.First.Apa}\n  citeproc:   {pair.Second.Apa?.Trim() ?? pair.Second.Error}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void ApaCitesTheThesisWithItsGenreAndInstitutionInBrackets()
    {
        var study = StudyData.ThesisModel.Study;
        var page = CitingPage.QuotePages(site)[0];
        var title = Citation.TitleOf(study);

        Assert.Equal("Masteroppgave", study.Degree);
        Assert.Equal($"Skjerve, E., Klemp, A., & Mehlum, R. A. ({study.Year}). {title} [{study.Degree}, {study.Institution}]. {page.Url}", page.Apa);
        Assert.Equal(title, page.Document.QuerySelector("#cite-apa-text i")?.TextContent);
    }

    private static readonly (string Label, Person[] Authors)[] AuthorLists =
    [
        ("one author", [P("Skjerve", "Emma")]),
        ("two authors", [P("Skjerve", "Emma"), P("Klemp", "Alexander")]),
        ("hyphen, initials, particle, no given name", [P("Berg", "Jean-Paul"), P("Lie", "R.A."), P("van der Berg", "Anna"), P("Øvre", "Åse"), P("Plato", "")]),
        ("twenty authors", Enumerable.Range(1, 20).Select(i => P($"Forfatter{i}", "Kari")).ToArray()),
        ("twenty-one authors", Enumerable.Range(1, 21).Select(i => P($"Forfatter{i}", "Kari Anne")).ToArray()),
        ("an institution as author", [P("Nord universitet", "")]),
    ];

    private static readonly string[] Titles = ["Hvordan jobber norske kommuner med innovasjon?", "Innovasjon i kommunene: En casestudie"];

    [Fact]
    public void ApaFormatterWritesWhatCiteprocWritesForTheSameCslJson()
    {
        // One node run for all cases: loading citation-js costs about two seconds of CPU.
        var citations = AuthorLists.SelectMany(list => Titles.Select(title => (list.Label,
            Citation: new Citation("key", list.Authors, 2022, title, "Masteroppgave", "Nord universitet", "https://example.org/sitater/x/", "nb", "Sitat: «tekst» (Anne)")))).ToList();
        var answers = CitationJs.Read(citations.Select(c => new CitationJs.Request(Apa: CitationFormats.CslJson(c.Citation))).ToList());

        var differences = citations.Zip(answers)
            .Where(pair => pair.Second.Error is not null || pair.Second.Apa?.Trim() != CitationFormats.Apa(pair.First.Citation))
            .Select(pair => $"{pair.First.Label}:\n  ours:     {CitationFormats.Apa(pair.First.Citation)}\n  citeproc: {pair.Second.Apa?.Trim() ?? pair.Second.Error}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>
    /// Not compared with citeproc: its APA style puts the bracketed description after the date when there is no
    /// author, while APA 7 (9.12, 9.21) keeps it with the title that moves into the author position.
    /// </summary>
    [Fact]
    public void WithoutAuthorsTheTitleAndItsDescriptionTakeTheAuthorPosition()
    {
        var citation = new Citation("key", [], 2022, "Tittel", "Masteroppgave", "Nord universitet", "https://example.org/", "nb", null);
        Assert.Equal("Tittel [Masteroppgave, Nord universitet]. (2022). https://example.org/", CitationFormats.Apa(citation));
        Assert.Equal("<i>Tittel</i> [Masteroppgave, Nord universitet]. (2022). https://example.org/", CitationFormats.ApaHtml(citation));
    }

    private static Person P(string family, string given) => new() { Family = family, Given = given };
}
