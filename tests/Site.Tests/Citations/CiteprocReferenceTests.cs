using System.Text.Json.Nodes;
using Site.Generator.Citations;
using Site.Generator.Diagnostics;
using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 16 item 6, issue 13 item 6: the styled references a page shows are citeproc-js's own rendering, with the
/// official CSL style they name and the locale of the study's language, of the CSL-JSON that page offers (its own
/// address and note): for every quote page of the thesis, and for every publication type in Norwegian and English.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CiteprocReferenceTests(BuiltSite site)
{
    private static readonly string[] ThesisStyles = ["apa", "chicago-author-date"];

    [Fact]
    public void EveryQuotePageShowsWhatCiteprocRendersFromThePagesOwnCslJson()
    {
        var pages = CitingPage.QuotePages(site).Append(CitingPage.Load(site, "/om/")).ToList();
        var items = pages.Select(p => JsonNode.Parse(p.DownloadedCslJson)!.AsArray()[0]!.AsObject()).ToList();
        var rendered = CiteprocOracle.Render("nb-NO", ThesisStyles, items);

        var problems = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var (style, id) in new[] { ("apa", "cite-apa"), ("chicago-author-date", "cite-chicago") })
            {
                var expected = rendered[style][i];
                var text = pages[i].Document.GetElementById(id + "-text")?.TextContent.Trim();
                var intext = pages[i].Document.GetElementById(id + "-intext")?.TextContent.Trim();
                if (text != expected.Text) problems.Add($"{pages[i].Path} {style}:\n  page:     {text}\n  citeproc: {expected.Text}");
                if (intext != expected.InText) problems.Add($"{pages[i].Path} {style} in text: page «{intext}», citeproc «{expected.InText}»");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheThesisIsCitedWithItsGenreAndTheLocalesWordsNotOurs()
    {
        var study = StudyData.ThesisModel.Study;
        var page = CitingPage.QuotePages(site)[0];
        var title = Citation.TitleOf(study);
        Assert.Equal($"Skjerve, E., Klemp, A., & Mehlum, R. A. (2022). {title} [Masteroppgave, Nord universitet]. {page.Url}", page.Apa);
        Assert.Equal(title, page.Document.QuerySelector("#cite-apa-text i")?.TextContent);
        // Chicago author-date as the official style writes it (serial comma), with nb-NO's «og» and «».
        Assert.Equal($"Skjerve, Emma, Alexander Klemp, og Ronny Andreas Mehlum. 2022. «{title}» Masteroppgave, Nord universitet. {page.Url}.",
            page.Document.GetElementById("cite-chicago-text")?.TextContent.Trim());
        Assert.Equal("Chicago Manual of Style 18th edition (author-date)", page.Document.GetElementById("cite-chicago")?.TextContent.Trim());
    }

    public static TheoryData<string> Languages => new() { "nb", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryPublicationTypeRendersInEveryStyleAsCiteprocRendersIt(string language)
    {
        string[] styles = ["apa", "chicago-author-date", "harvard-cite-them-right", "ieee"];
        var theme = Path.Combine(Repository.Root, "theme");
        var pageUrl = "https://example.org/quotes/a-b/";
        var problems = new List<string>();
        var expectedItems = new List<JsonObject>();
        var ours = new List<IReadOnlyList<StyledReference>>();
        var studies = Samples.EveryType.Select(publication =>
        {
            publication.CitationStyles = [.. styles];
            return Samples.Study(publication, language);
        }).ToList();
        var diagnostics = new DiagnosticBag();
        var rendered = StudyCitations.Render(studies, null, Repository.Input, theme, Repository.Root, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        ours.AddRange(rendered.Select(c => c.For(pageUrl)));
        // Each its own id: citeproc-js keeps an item by its id.
        expectedItems.AddRange(studies.Select((study, i) => JsonNode.Parse(CslItem.Object(Citation.ForPage(study, $"key{i}", pageUrl, "a note")))!.AsObject()));
        var oracle = CiteprocOracle.Render(language == "nb" ? "nb-NO" : "en-US", styles, expectedItems);
        for (var i = 0; i < ours.Count; i++)
            foreach (var (reference, s) in ours[i].Zip(styles))
            {
                var expected = oracle[s][i];
                if (reference.Text != expected.Text || reference.Html != expected.Html || reference.InText != expected.InText)
                    problems.Add($"{Samples.EveryType[i].Type} {s}:\n  ours:     {reference.Html} / {reference.InText}\n  citeproc: {expected.Html} / {expected.InText}");
            }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The words are the locale's: an English study gets no Norwegian «og» or «», a Norwegian one no «and».
        var chicago = ours.Select(o => o[1].Text).ToList();
        if (language == "en") Assert.All(chicago, t => { Assert.DoesNotContain(" og ", t); Assert.DoesNotContain("«", t); Assert.Contains(" and ", t); });
        else Assert.All(chicago, t => { Assert.DoesNotContain(" and ", t); Assert.Contains(" og ", t); });
        // The type shows: a report's institution and number, an article's journal.
        Assert.Contains("Nordic Institute for Studies in Innovation", ours[2][0].Text);
        Assert.Contains("Qualitative Research in Education", ours[3][0].Text);
    }

    [Fact]
    public void AnUnknownStyleIsAnErrorThatListsTheShippedOnes()
    {
        var publication = Samples.Thesis();
        publication.CitationStyles = ["chicago-autor-date"];
        var diagnostics = new DiagnosticBag();
        Assert.Null(StudyCitations.Render(Samples.Study(publication), null, Repository.Input, Path.Combine(Repository.Root, "theme"), Repository.Root, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("CT003", error.Code);
        Assert.Contains("chicago-author-date", error.Hint);
    }
}
