using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 4: what a reference manager gets when it imports a quote page's citation. Every quote page's BibTeX, RIS
/// and CSL-JSON, both as copied from the page and as downloaded, are read by citation-js and must all name the same
/// thesis: title, the three authors in order, year, institution, genre and the page's URL.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ReferenceManagerImportTests(BuiltSite site)
{
    private static readonly string[] Formats = ["bibtex", "ris", "csl"];

    [Fact]
    public void EveryQuotePageImportsAsTheSameThesisFromBibTexRisAndCslJson()
    {
        var pages = CitingPage.QuotePages(site);
        Assert.Equal(StudyData.ThesisModel.Quotes.Count, pages.Count);
        AssertImportsAsTheStudy(pages, page => page.Url);
    }

    [Fact]
    public void AboutPageImportsAsTheThesisAtTheSiteAddress()
    {
        AssertImportsAsTheStudy([CitingPage.Load(site, "/om/")], _ => BuiltSite.BaseUrl + "/");
    }

    [Fact]
    public void CopiedTextIsTheDownloadedFile()
    {
        var differences = CitingPage.QuotePages(site).SelectMany(page => new[]
        {
            (page.Path, "BibTeX", page.CopiedBibTex, page.DownloadedBibTex),
            (page.Path, "RIS", page.CopiedRis, page.DownloadedRis),
            (page.Path, "CSL-JSON", page.CopiedCslJson, page.DownloadedCslJson),
        }).Where(f => f.Item3 != f.Item4.ReplaceLineEndings("\n").Trim())
          .Select(f => $"{f.Item1} {f.Item2}: the page shows\n{f.Item3}\nbut the file says\n{f.Item4}")
          .ToList();
        Assert.Empty(differences);
    }

    private static void AssertImportsAsTheStudy(IReadOnlyList<CitingPage> pages, Func<CitingPage, string> citedUrl)
    {
        var study = StudyData.ThesisModel.Study;
        var inputs = pages.SelectMany(page => new[]
        {
            (Page: page, Source: "copied", Request: new CitationJs.Request(Bibtex: page.CopiedBibTex, Ris: page.CopiedRis, Csl: page.CopiedCslJson)),
            (Page: page, Source: "downloaded", Request: new CitationJs.Request(Bibtex: page.DownloadedBibTex, Ris: page.DownloadedRis, Csl: page.DownloadedCslJson)),
        }).ToList();
        var answers = CitationJs.Read(inputs.Select(i => i.Request).ToList());

        var problems = new List<string>();
        foreach (var (input, answer) in inputs.Zip(answers))
        {
            var where = $"{input.Page.Path} ({input.Source})";
            if (answer.Error is not null) { problems.Add($"{where}: citation-js could not read it: {answer.Error}"); continue; }
            var expected = ImportedItem.Expected(study, citedUrl(input.Page));
            foreach (var format in Formats)
            {
                var items = answer.Items(format);
                if (items.Count != 1) { problems.Add($"{where} {format}: {items.Count} items instead of one"); continue; }
                var actual = ImportedItem.FromCsl(items[0]);
                if (actual != expected) problems.Add($"{where} {format}:\n  expected {expected}\n  imported {actual}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
