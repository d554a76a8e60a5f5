using System.IO.Compression;
using System.Text.RegularExpressions;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Validation;

namespace Site.Tests.Safety;

/// <summary>
/// Nothing the build writes carries a contact detail: not the source-text page, whose appendices hold the authors',
/// the supervisor's and the data-protection office's phone numbers and e-mail addresses, and not any other file,
/// the search index included.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class PublishedContactsTests(BuiltSite site)
{
    // The test's own patterns, not the generator's: any e-mail address, and any run of eight digits in pairs or
    // as 3-2-3, whatever whitespace (line breaks included) stands between the groups.
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex AnyEmail();

    [GeneratedRegex(@"(?<!\d)(?:\d{2}(?:\s+\d{2}){3}|\d{3}\s+\d{2}\s+\d{3})(?!\d)")]
    private static partial Regex AnyPhone();

    private static readonly string Source = File.ReadAllText(Repository.SourceText);

    private static IReadOnlyList<string> SourceEmails =>
        AnyEmail().Matches(Source).Select(m => m.Value.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IReadOnlyList<string> SourcePhoneDigits =>
        AnyPhone().Matches(Source).Select(m => string.Concat(m.Value.Where(char.IsAsciiDigit))).Distinct().ToList();

    [Fact]
    public void The_source_text_holds_the_contact_details_the_site_must_not_publish()
    {
        // Seven addresses (the authors' in two spellings, the supervisor's, the data-protection office's); four phone numbers,
        // one of them hard-wrapped over two lines (53 21 15 ⏎ 00). If this fails, the scan below proves nothing.
        Assert.True(SourceEmails.Count >= 7, string.Join(", ", SourceEmails.Select(ContactPatterns.Mask)));
        Assert.True(SourcePhoneDigits.Count >= 4, $"{SourcePhoneDigits.Count} phone numbers");
    }

    [Fact]
    public void No_file_the_build_writes_holds_a_contact_detail_of_the_source()
    {
        var phones = SourcePhoneDigits.Select(digits =>
            (Digits: digits, Pattern: new Regex(string.Join(@"(?:\s|\\[nrt]|&nbsp;|&#160;|\u00a0)*", digits.Select(c => c.ToString())) + @"(?!\d)"))).ToList();
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => f.Contains("pf_fragment", StringComparison.Ordinal)); // the search index is scanned too
        var leaks = new List<string>();
        foreach (var file in files)
        {
            var text = ReadText(file);
            var relative = Path.GetRelativePath(site.Output, file);
            foreach (var email in SourceEmails.Where(e => text.Contains(e, StringComparison.OrdinalIgnoreCase)))
                leaks.Add($"{relative}: {ContactPatterns.Mask(email)}");
            foreach (var (digits, pattern) in phones.Where(p => p.Pattern.IsMatch(text)))
                leaks.Add($"{relative}: {ContactPatterns.Mask(digits)}");
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void The_source_text_page_marks_each_removed_detail_with_the_note_the_appendices_use()
    {
        var appendixNote = Regex.Matches(string.Concat(Directory.GetFiles(Path.Combine(Repository.Input, "chapters"), "vedlegg-*.md").Select(File.ReadAllText)),
            @"\*\[([^\]]+)\]\*").Select(m => m.Groups[1].Value).Distinct().ToList();
        var note = Assert.Single(appendixNote);
        var text = site.Read("kildetekst/kildetekst.txt");
        var page = site.Read("kildetekst/index.html");
        // One note per detail: every e-mail address and phone number the source prints (the mailto: lines too).
        var details = AnyEmail().Matches(Source).Count + AnyPhone().Matches(Source).Count;
        Assert.Equal(details, Regex.Matches(text, Regex.Escape($"[{note}]")).Count);
        Assert.Equal(details, Regex.Matches(page, Regex.Escape($"<em class=\"redacted\">[{note}]</em>")).Count);
        // The published file keeps the source's lines, so a line number cited from either means the same line.
        Assert.Equal(Source.Split('\n').Length, text.Split('\n').Length);
    }

    [Fact]
    public void A_template_that_prints_a_contact_detail_fails_the_build_naming_the_output_file()
    {
        using var study = new StudyCopy(copyTheme: true);
        var footer = Path.Combine(study.Theme, "partials", "footer.sbn-html");
        File.AppendAllText(footer, "<p>Spørsmål? ola.nordmann@example.no, tlf. 41 90 18 51</p>\n");
        var failure = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        var errors = failure.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, e => e.Code == "PR001" && e.Location.File == "output/index.html" && e.Location.Line > 1);
        Assert.Contains(errors, e => e.Code == "PR002" && e.Location.File == "output/index.html");
        Assert.All(errors, e => Assert.DoesNotContain("ola.nordmann@example.no", e.Format()));
        Assert.False(Directory.Exists(study.Output), "a failed build published nothing");
    }

    [Fact]
    public void An_allowed_contact_printed_by_a_template_passes()
    {
        using var study = new StudyCopy(copyTheme: true);
        File.AppendAllText(Path.Combine(study.Theme, "partials", "footer.sbn-html"), "<p>Sentralbord: 22 33 44 55, post@example.no</p>\n");
        study.Replace("study.yml", "case_term:", "allowed_contacts: [\"22 33 44 55\", \"post@example.no\"]\ncase_term:");
        new SiteBuilder(study.Options()).Build();
        Assert.Contains("post@example.no", File.ReadAllText(Path.Combine(study.Output, "index.html")));
    }

    [Fact]
    public void A_contact_detail_in_the_search_index_fails_the_build()
    {
        using var folder = new TempFolder();
        var fragments = Directory.CreateDirectory(folder["pagefind/fragment"]).FullName;
        WriteGzip(Path.Combine(fragments, "nb_1.pf_fragment"), "pagefind_dcd{\"url\":\"/a/\",\"content\":\"Ring 41 90 18 51\"}");
        WriteGzip(Path.Combine(fragments, "nb_2.pf_fragment"), "pagefind_dcd{\"url\":\"/b/\",\"content\":\"Rapport 2018-2020\"}");
        File.WriteAllText(folder["pagefind/pagefind-ui.js"], "// translated by someone@example.com");
        var patterns = new ContactPatterns(["no"], []);
        var failure = Assert.Throws<BuildFailedException>(() => PrivacyGate.ScanSearchIndex(folder.Path, "pagefind", patterns, "output"));
        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal(("PR002", "output/pagefind/fragment/nb_1.pf_fragment"), (error.Code, error.Location.File));
    }

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string ReadText(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            bytes = plain.ToArray();
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
