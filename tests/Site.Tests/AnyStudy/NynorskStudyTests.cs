using System.Text.RegularExpressions;
using Site.Generator.Build;

namespace Site.Tests.AnyStudy;

/// <summary>
/// A study in Norwegian Nynorsk (<c>language: nn</c>) publishes with the theme's Nynorsk interface: its pages say
/// lang="nn", their menus, labels and addresses are Nynorsk, and no word of the Bokmål interface is left. The study
/// is the thematic starter of <c>site new</c> with its language set to nn: its own text stays English.
/// </summary>
public sealed class NynorskStudyTests : IClassFixture<NynorskStudyTests.Site>
{
    public sealed class Site : BuiltStudy
    {
        public Site()
        {
            var (code, _, error) = SiteCli.Run(Repository.Root, "new", Temp["study"], "--method", "thematic", "--language", "en");
            Assert.True(code == 0, error);
            var study = Temp["study/study.yml"];
            var yaml = File.ReadAllText(study);
            Assert.Contains("\nlanguage: en ", yaml);
            File.WriteAllText(study, yaml.Replace("\nlanguage: en ", "\nlanguage: nn "));
            Build(Temp["study"], displayRoot: Temp.Path);
        }
    }

    private readonly Site _site;

    public NynorskStudyTests(Site site) => _site = site;

    [Fact]
    public void The_study_builds_without_errors_or_warnings()
    {
        Assert.Empty(_site.Report.Diagnostics);
    }

    [Fact]
    public void Every_page_says_it_is_in_nynorsk()
    {
        var pages = _site.HtmlFiles.ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
            Assert.True(File.ReadAllText(page).StartsWith("<!doctype html>\n<html lang=\"nn\">", StringComparison.Ordinal), Path.GetRelativePath(_site.Output, page));
        Assert.Contains("<meta property=\"og:locale\" content=\"nn_NO\">", _site.Read("index.html"));
    }

    [Fact]
    public void Addresses_use_the_nynorsk_url_words()
    {
        foreach (var path in new[] { "sitat/alex-first-words/index.html", "sitat/index.html", "funn/index.html", "kapittel/index.html",
                     "kapittel/1/index.html", "forskingssporsmal/1/index.html", "informantar/index.html", "koding/index.html",
                     "matrise/index.html", "utforsk/index.html", "utforsk/sitat.csv", "om/index.html", "kjeldetekst/index.html" })
            Assert.True(File.Exists(Path.Combine(_site.Output, path)), path);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "sitater")), "the bokmål word for the quotes' folder");
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "quotes")), "the English word for the quotes' folder");
    }

    [Fact]
    public void Pages_show_the_nynorsk_interface_words_and_marks()
    {
        var home = _site.Read("index.html");
        Assert.Contains("Hopp til innhaldet", home);
        Assert.Contains("Byrj å lese", home);
        Assert.Contains("Innhaldsliste", home);
        Assert.Contains("Søk i sitat, funn og tekst", home);
        var quote = _site.Read("sitat/alex-first-words/index.html");
        Assert.Contains("Siter dette sitatet", quote);
        Assert.Contains("data-copy-link=\"Kopier lenke\" data-link-copied=\"Lenka er kopiert\"", quote);
        Assert.Contains("«", quote);
        Assert.Contains("<h1>Innhald</h1>", _site.Read("kapittel/index.html"));
        Assert.Contains("Om denne utgåva", _site.Read("om/index.html"));
        Assert.Contains("Fann ikkje sida", _site.Read("404.html"));
        Assert.Contains("Søk og filtrering krev JavaScript", _site.Read("utforsk/index.html"));
    }

    /// <summary>Bokmål forms of the interface that Nynorsk writes otherwise: one on a page would be a string that missed the nn file.</summary>
    private static readonly string[] BokmalWords =
    [
        "ikke", "innhold", "innholdet", "sitater", "begreper", "informanter", "kilder", "kildetekst", "forskningsspørsmål", "uten",
        "siden", "forrige", "sammendrag", "sammenligning", "hvordan", "flere", "utgaven", "veileder", "utvalget", "lenken", "fra",
    ];

    private static readonly Regex Bokmal = new(@"(?<![\p{L}\p{N}-])(" + string.Join('|', BokmalWords.Select(Regex.Escape)) + @")(?![\p{L}\p{N}-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void No_page_holds_a_bokmal_interface_word()
    {
        var found = SiteWords.Find(_site.Output, Bokmal);
        Assert.True(found.Count == 0, string.Join("\n", found.Take(40)));
    }
}
