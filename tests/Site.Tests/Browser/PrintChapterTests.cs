using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.Documents;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// A teacher prints one chapter from its page: the print stylesheet leaves out the site's navigation and asides,
/// keeps the text with its editorial notes, and prints the page's absolute address, so the paper leads back to it.
/// Checked on the PDF Chromium prints, read back with pdftotext.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class PrintChapterTests(ServedSite served)
{
    private static readonly string[] LeftOut = [".site-header", ".breadcrumbs", ".chapter-toc", ".prev-next", ".section-aside", ".skip-link", ".footer-links"];

    [Fact]
    public async Task A_printed_chapter_holds_its_text_and_address_and_none_of_the_sites_navigation()
    {
        var model = StudyData.ThesisModel;
        var chapter = model.Chapters.Where(c => c.Kind == ChapterKind.Chapter && c.Notes.Count > 0).MaxBy(c => c.Body.Length)!;
        var path = $"/kapitler/{chapter.Number}/";
        var page = await served.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl.TrimEnd('/') + path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in LeftOut)
        {
            var shown = await page.Locator(selector).EvaluateAllAsync<bool[]>("all => all.map(e => getComputedStyle(e).display !== 'none')");
            Assert.True(shown.All(s => !s), $"{selector} is printed");
        }

        using var folder = new TempFolder();
        var pdf = folder["chapter.pdf"];
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = false });
        var text = Spaces(StudyDocumentTests.Run("pdftotext", pdf, "-"));
        Assert.Contains(Spaces(chapter.Title), text);
        Assert.Contains(BuiltSite.BaseUrl + path, text);
        foreach (var note in chapter.Notes) Assert.Contains(Spaces(note.Text), text);
        await page.Context.CloseAsync();
    }

    private static string Spaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
