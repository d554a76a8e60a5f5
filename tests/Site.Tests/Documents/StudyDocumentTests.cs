using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Site.Generator.Build;

namespace Site.Tests.Documents;

/// <summary>
/// The study's PDF and EPUB (issue 19), read back with the tools a library would use: pdftotext and pdfinfo
/// (poppler-utils), pdftohtml for the bookmarks, EPUBCheck. The thesis is the shared build (<see cref="BuiltSite"/>).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class StudyDocumentTests(BuiltSite site)
{
    private string Pdf => Single("pdf");
    private string Epub => Single("epub");

    private string Single(string extension)
    {
        var files = Directory.GetFiles(Path.Combine(site.Output, "assets", "documents"), "*." + extension);
        Assert.Single(files);
        Assert.Matches($@"^hvordan-jobber-norske-kommuner-med-innovasjon-[0-9a-f]{{10}}\.{extension}$", Path.GetFileName(files[0]));
        return files[0];
    }

    [Fact]
    public void The_PDF_has_every_section_heading_of_the_chapters_in_order_after_its_table_of_contents()
    {
        var body = BodyText(Pdf);
        var position = 0;
        var headings = ChapterPages().SelectMany(page => SectionTitle().Matches(site.Read(page)).Select(m => Normalise(WebUtility.HtmlDecode(m.Groups[1].Value)))).ToList();
        Assert.True(headings.Count > 50, $"only {headings.Count} headings found in the chapter pages");
        foreach (var heading in headings)
        {
            var at = body.IndexOf(heading, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the heading «{heading}» is not in the PDF after position {position} (or not in order)");
            position = at + heading.Length;
        }
    }

    [Fact]
    public void The_PDF_has_every_quote_of_the_quote_tables_in_order_with_its_speaker()
    {
        var body = BodyText(Pdf);
        var chapters = string.Concat(ChapterPages().Select(site.Read));
        var tables = QuoteTable().Matches(chapters).Select(m => m.Value).ToList();
        var captions = tables.Select(t => Regex.Match(t, "<caption>([^<]*)").Groups[1].Value).ToList();
        foreach (var n in new[] { 5, 6, 7 }) Assert.Contains(captions, c => c.StartsWith($"Tabell {n}:", StringComparison.Ordinal));
        var position = 0;
        var count = 0;
        foreach (var table in tables)
        {
            // From the table's caption on: the running text quotes some of them too.
            var caption = Normalise(WebUtility.HtmlDecode(Regex.Match(table, "<caption>([^<]*)").Groups[1].Value));
            position = body.IndexOf(caption, position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"the caption «{caption}» is not in the PDF (or not in order)");
            foreach (Match quote in QuoteInTable().Matches(table))
            {
                var text = Normalise(WebUtility.HtmlDecode(quote.Groups[1].Value) + " ");
                var speaker = Normalise(WebUtility.HtmlDecode(quote.Groups[2].Value));
                var at = body.IndexOf(text, position, StringComparison.Ordinal);
                Assert.True(at >= 0, $"the quote {text} is not in the PDF after position {position} (or not in order)");
                var next = body.IndexOf(speaker, at + text.Length, StringComparison.OrdinalIgnoreCase); // "informant fra …" inside a sentence
                Assert.True(next >= 0 && next - (at + text.Length) < 200, $"the quote {text} is not followed by its speaker ({speaker}) in the PDF");
                position = at + text.Length;
                count++;
            }
        }
        Assert.True(count > 60, $"only {count} quotes in the quote tables");
    }

    [Fact]
    public void The_PDF_carries_the_study_s_metadata_tags_and_a_bookmark_for_every_chapter_and_section()
    {
        var info = Run("pdfinfo", Pdf);
        Assert.Contains("Title:           Hvordan jobber norske kommuner med innovasjon?", info);
        Assert.Contains("Author:          Emma Skjerve, Alexander Klemp, Ronny Andreas Mehlum", info);
        Assert.Contains("Subject:         Masteroppgave, MBA i strategi og ledelse, Nord universitet, 2022", info);
        Assert.Contains("Tagged:          yes", info);
        Assert.DoesNotContain("CreationDate", info); // the same input, the same bytes
        Assert.True(int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value) > 40);
        // The document's language, for hyphenation and for screen readers.
        Assert.Contains("/Lang (nb)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Pdf)));

        var outline = Run("pdftohtml", "-xml", "-i", "-stdout", "-q", Pdf);
        var bookmarks = Regex.Matches(outline, "<item page=\"(\\d+)\">([^<]*)</item>").Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
        Assert.Contains("Kapittel 4 Analyse og funn", bookmarks);
        Assert.Contains("4.1.4 Representative sitater knyttet til forståelsen av innovasjonsbegrepet i norske kommuner", bookmarks);
        Assert.Contains("Sammendrag", bookmarks);
        var sections = ChapterPages().SelectMany(p => NumberedHeading().Matches(site.Read(p)).Select(m => m.Groups[1].Value + " " + WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(h => h.Split(' ')[0].Count(c => c == '.') <= 2).ToList();
        Assert.All(sections, s => Assert.Contains(s, bookmarks));
    }

    [Fact]
    public void The_PDF_s_contents_give_page_numbers_that_are_the_pages_of_the_chapters()
    {
        var outline = Run("pdftohtml", "-xml", "-i", "-stdout", "-q", Pdf);
        var page = int.Parse(Regex.Match(outline, "<item page=\"(\\d+)\">Kapittel 4 Analyse og funn</item>").Groups[1].Value);
        var contents = Run("pdftotext", "-layout", "-f", "1", "-l", "8", Pdf, "-");
        Assert.Matches(new Regex($@"Kapittel 4: Analyse og funn[ .]+{page}\b"), contents);
    }

    [Fact]
    public void The_EPUB_passes_EPUBCheck()
    {
        var result = Run("java", "-jar", "/usr/share/java/epubcheck.jar", Epub);
        Assert.Contains("No errors or warnings detected", result);
    }

    [Fact]
    public void The_home_page_names_the_PDF_for_Google_Scholar_and_home_and_chapter_pages_link_both_with_their_size()
    {
        var home = site.Read("index.html");
        var path = "/assets/documents/" + Path.GetFileName(Pdf);
        Assert.Contains($"<meta name=\"citation_pdf_url\" content=\"{BuiltSite.BaseUrl}{path}\">", home);
        foreach (var page in ChapterPages().Prepend("index.html"))
        {
            var html = site.Read(page);
            Assert.Matches(new Regex($"<a href=\"{Regex.Escape(path)}\" download>PDF</a> \\(\\d+,\\d MB\\)"), html);
            Assert.Contains($"<a href=\"/assets/documents/{Path.GetFileName(Epub)}\" download>EPUB</a>", html);
        }
        Assert.Contains("immutable", Site.Serve.NetlifyHeaders.Parse(site.Read("_headers")).For(path)["Cache-Control"]);
    }

    [Fact]
    public void The_English_study_s_documents_are_in_English()
    {
        using var folder = new TempFolder();
        new SiteBuilder(BuiltSite.Options(Repository.SchoolsStudy, folder["output"], searchIndex: false) with { BuildDocuments = true }).Build();
        var pdf = Directory.GetFiles(Path.Combine(folder["output"], "assets", "documents"), "*.pdf").Single();
        var text = Run("pdftotext", pdf, "-");
        Assert.Contains("Table of contents", text);
        Assert.Contains("Online: https://example.org/", text);
        foreach (var word in new[] { "Innholdsfortegnelse", "Veileder", "På nett", "Kapittel", "Sitat" }) Assert.DoesNotContain(word, text);
        Assert.Contains("/Lang (en)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
    }

    [Fact]
    public void A_build_without_WeasyPrint_fails_and_says_how_to_install_it()
    {
        using var folder = new TempFolder();
        var start = SiteCli.StartInfo(Repository.Root, ["build", "--input", Repository.SchoolsStudy, "--theme", Repository.Theme, "--output", folder["output"], "--no-search-index"]);
        start.Environment["WEASYPRINT"] = "/nonexistent/weasyprint";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("error DOC01: the PDF needs WeasyPrint", error.Result);
        Assert.Contains("apt-get install -y weasyprint", error.Result);
        Assert.False(Directory.Exists(folder["output"]) && Directory.EnumerateFileSystemEntries(folder["output"]).Any());
    }

    /// <summary>The chapter pages in the order of the contents page.</summary>
    private IEnumerable<string> ChapterPages() =>
        Regex.Matches(site.Read("kapitler/index.html"), "<a href=\"(/[^\"#]+/)\"").Select(m => m.Groups[1].Value).Distinct()
            .Where(p => File.Exists(Path.Combine(site.Output, p.Trim('/'), "index.html")) && site.Read(p.Trim('/') + "/index.html").Contains("<article class=\"chapter\"", StringComparison.Ordinal))
            .Select(p => p.Trim('/') + "/index.html");

    /// <summary>The PDF's text after its table of contents, with words broken by hyphenation joined again and spaces collapsed.</summary>
    private static string BodyText(string pdf)
    {
        var pages = Run("pdftotext", pdf, "-").Split('\f');
        var lastContents = Array.FindLastIndex(pages, p => p.Contains(" . . . . ", StringComparison.Ordinal));
        Assert.True(lastContents > 0, "no table of contents with page numbers in the PDF");
        return Normalise(string.Join("\n", pages.Skip(lastContents + 1)));
    }

    private static string Normalise(string text) => Regex.Replace(text.Replace("\u2010\n", "").Replace("\u00ad", ""), @"\s+", " ");

    internal static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is needed: run tests/install-test-tools.sh, or sudo apt-get install -y poppler-utils epubcheck weasyprint");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output + error.Result;
        }
    }

    [GeneratedRegex("<span class=\"section-title\">([^<]*)</span>")]
    private static partial Regex SectionTitle();

    [GeneratedRegex("<h[23] id=\"[^\"]*\" class=\"section-heading\"><span class=\"section-number\">([^<]*)</span> <span class=\"section-title\">([^<]*)</span>")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex("<table class=\"quote-table\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex QuoteTable();

    [GeneratedRegex("<a class=\"quote-inline\" href=\"[^\"]*\">([^<]*)</a> \\((?:<a class=\"speaker\"[^>]*>|<span class=\"speaker[^\"]*\">)([^<]*)<")]
    private static partial Regex QuoteInTable();
}
