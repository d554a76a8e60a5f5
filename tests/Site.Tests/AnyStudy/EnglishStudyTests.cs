using System.Text.RegularExpressions;
using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.AnyStudy;

/// <summary>
/// An English study coded another way (reflexive thematic analysis: themes over codes, quotes with two codes)
/// publishes with English addresses, labels and typography, and not one word of the Norwegian interface.
/// </summary>
public sealed class EnglishStudyTests : IClassFixture<EnglishStudyTests.Site>
{
    public sealed class Site : BuiltStudy
    {
        public Site() => Build(Repository.SchoolsStudy);
    }

    private readonly Site _site;

    public EnglishStudyTests(Site site) => _site = site;

    /// <summary>Words of the Norwegian interface, URLs and typography that an English site must not show.</summary>
    private static readonly string[] NorwegianWords =
    [
        "sitat", "sitater", "funn", "kapittel", "kapitler", "begrep", "begreper", "tema", "temaer", "utforsk", "kommune", "kommuner",
        "informanter", "avsnitt", "forskningsspørsmål", "forskningssporsmal", "kilder", "vedlegg", "dokumenter", "koding", "matrise",
        "sammenligning", "søk", "og", "ikke", "eller", "avhandling", "avhandlingen", "masteroppgave", "sammendrag", "uten", "alle",
        "andre", "siter", "sitering", "merknader", "kildetekst", "tekster", "ordregister", "lenke", "figur", "tabell", "dimensjon",
    ];

    private static readonly Regex Norwegian = new(@"(?<![\p{L}\p{N}-])(" + string.Join('|', NorwegianWords.Select(Regex.Escape)) + @")(?![\p{L}\p{N}-]|:\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void The_study_builds_without_errors_or_warnings()
    {
        Assert.Empty(_site.Report.Diagnostics);
    }

    [Fact]
    public void No_file_of_the_site_holds_a_norwegian_interface_word_or_norwegian_quotation_marks()
    {
        var found = SiteWords.Find(_site.Output, Norwegian, text => text.Contains('«') || text.Contains('»') ? "«» quotation marks" : null);
        Assert.True(found.Count == 0, string.Join("\n", found.Take(40)));
    }

    [Fact]
    public void Addresses_use_the_english_url_words()
    {
        foreach (var path in new[] { "quotes/hannah-corridor/index.html", "findings/listening-happens-outside-lessons/index.html", "chapters/3/index.html",
                     "concepts/pupil-voice/index.html", "themes/listening-takes-time/index.html", "codes/informal-conversations/index.html",
                     "questions/1/index.html", "explore/index.html", "schools/clonmore/index.html", "coding/index.html", "matrix/index.html", "about/index.html" })
            Assert.True(File.Exists(Path.Combine(_site.Output, path)), path);
    }

    [Fact]
    public void A_quote_with_two_codes_shows_both_and_is_listed_under_both()
    {
        var quote = _site.Read("quotes/hannah-corridor/index.html");
        Assert.Contains("href=\"/codes/informal-conversations/\"", quote);
        Assert.Contains("href=\"/codes/surveys-feel-distant/\"", quote);
        Assert.Contains("“The real feedback comes in the corridor, not in the survey”", quote);
        foreach (var code in new[] { "informal-conversations", "surveys-feel-distant" })
            Assert.Contains("href=\"/quotes/hannah-corridor/\"", _site.Read($"codes/{code}/index.html"));
        // The theme above both counts the quote once.
        Assert.Contains("(4)", _site.Read("themes/listening-takes-time/index.html"));
    }

    [Fact]
    public void The_coding_page_names_the_method_and_its_levels()
    {
        var coding = _site.Read("coding/index.html");
        Assert.Contains("Reflexive thematic analysis", coding);
        Assert.Contains("Themes → Codes", coding);
        Assert.DoesNotContain("Gioia", coding);
    }

    [Fact]
    public void The_explorer_filters_by_the_studys_own_levels_and_case_word()
    {
        var explorer = _site.Read("explore/index.html");
        Assert.Contains("<data value=\"theme\" data-param=\"theme\" data-coding>Theme</data>", explorer);
        Assert.Contains("<data value=\"code\" data-param=\"code\" data-coding>Code</data>", explorer);
        Assert.Contains("<data value=\"case\" data-param=\"school\">School</data>", explorer);
        var csv = _site.Read("explore/quotes.csv").Split("\r\n");
        Assert.Equal("id,text,speaker,case,theme,code,research_question,sections,url", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("hannah-corridor,", StringComparison.Ordinal) && line.Contains("Informal conversations; Surveys feel distant"));
    }

    [Fact]
    public void An_image_figure_is_published_under_a_content_hash_with_its_size_and_alt_text()
    {
        var image = Assert.Single(Directory.GetFiles(Path.Combine(_site.Output, "figures")));
        Assert.Matches(@"interviews\.[0-9a-f]{10}\.svg$", image);
        var chapter = _site.Read("chapters/2/index.html");
        Assert.Contains($"src=\"/figures/{Path.GetFileName(image)}\" width=\"480\" height=\"160\" alt=\"Three boxes", chapter);
        Assert.Contains("Figure 1:", chapter);
    }
}
