using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// Hostile input gets a clear diagnostic or correctly escaped output: never a crash, a hang or an unsafe page.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class HostileInputTests
{
    private static List<Diagnostic> Errors(StudyCopy study) =>
        Ends(() => Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList());

    private static void Builds(StudyCopy study) => Ends(() => new SiteBuilder(study.Options()).Build());

    /// <summary>
    /// A build that never ends is a failure too, and one that would hold up the whole suite: each build here runs
    /// on its own task and must end within this limit. Not a speed target: these builds take about a second, the
    /// limit only tells a hang from a slow machine.
    /// </summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private static T Ends<T>(Func<T> build)
    {
        var task = Task.Run(build);
        Assert.True(task.Wait(HangLimit), $"the build did not end within {HangLimit.TotalSeconds:F0} s: hostile input must not hang it");
        return task.Result;
    }

    [Fact]
    public void Markup_in_data_is_escaped_in_text_attributes_and_json()
    {
        using var study = new StudyCopy();
        const string hostile = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>";
        study.Replace("findings/2.yml", "title: Skolene møtes jevnlig", $"title: '{hostile}'");
        study.Replace("quotes/2-1.yml", "text: Alle deler alt", $"text: '{hostile}'");
        Builds(study);

        foreach (var file in Directory.GetFiles(study.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        var quote = File.ReadAllText(Path.Combine(study.Output, "sitater/informant-deling/index.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", quote);
        Assert.Contains("content=\"&lt;script&gt;alert(1)&lt;/script&gt;\\&quot;&gt;&lt;img", quote); // attribute context
        Assert.Contains("\\u003Cscript\\u003E", quote); // JSON-LD context
        // The explorer's texts hold the words as they are (JSON-escaped); the browser writes them as text, never as HTML.
        Assert.Contains(new ExplorerFiles(study.Output).Items, item => item.Words?.Contains("<script>alert(1)</script>") == true);
    }

    [Fact]
    public void Markup_in_any_field_never_becomes_an_element_on_any_page()
    {
        using var study = new StudyCopy();
        const string hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        string Field(int n) => $"'{n}{hostile}'";
        study.Replace("study.yml", "title: Hvordan lærer skoler av hverandre?", $"title: {Field(1)}");
        study.Replace("study.yml", "given: Kari", $"given: {Field(2)}");
        study.Replace("study.yml", "text: Hva deler skolene?", $"text: {Field(3)}");
        study.Replace("cases.yml", "name: Sørby skole", $"name: {Field(4)}");
        study.Replace("cases.yml", "caption: \"Tabell 1: Skolene.\"", $"caption: {Field(5)}");
        study.Replace("cases.yml", "label: Elever", $"label: {Field(6)}");
        study.Replace("cases.yml", "sorby: \"340\"", $"sorby: {Field(7)}");
        study.Replace("informants.yml", "name: Informant", $"name: {Field(8)}");
        study.Replace("coding.yml", "title: Deling av erfaringer", $"title: {Field(9)}");
        study.Replace("coding.yml", "title: Møter på tvers", $"title: {Field(10)}");
        study.Replace("coding.yml", "table_caption: \"Tabell 2: Sitater om deling.\"", $"table_caption: {Field(11)}");
        study.Replace("concepts.yml", "name: Læring", $"name: {Field(12)}");
        study.Replace("concepts.yml", "definition: Læring er å endre seg.", $"definition: {Field(13)}");
        study.Replace("quotes/2-1.yml", "  case: sorby", $"  case: sorby\n  note: {Field(14)}");
        study.Replace("findings/2.yml", "statement: Skolene møtes jevnlig.", $"statement: {Field(15)}");
        study.Replace("chapters/2-funn.md", "title: Funn", $"title: {Field(16)}");
        Builds(study);

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var problems = new List<string>();
        var shown = new HashSet<int>();
        foreach (var file in Directory.GetFiles(study.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var page = parser.ParseDocument(html);
            var name = Path.GetRelativePath(study.Output, file);
            foreach (var script in page.QuerySelectorAll("script:not([src])"))
            {
                if (script.GetAttribute("type") != "application/ld+json") problems.Add($"{name}: an inline <script>{script.TextContent}");
                else if (script.TextContent.Contains("</", StringComparison.Ordinal)) problems.Add($"{name}: JSON-LD with a closing tag inside");
            }
            foreach (var element in page.All)
                if (element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) || element.GetAttribute("src") == "x")
                    problems.Add($"{name}: <{element.LocalName}> {element.OuterHtml[..Math.Min(80, element.OuterHtml.Length)]}");
            for (var n = 1; n <= 16; n++)
                if (page.Body!.TextContent.Contains($"{n}{hostile}", StringComparison.Ordinal) || page.Head!.InnerHtml.Contains($"{n}&lt;script&gt;", StringComparison.Ordinal)) shown.Add(n);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));
        // Every field was published somewhere, as text: the check above looked at them all.
        Assert.Equal(Enumerable.Range(1, 16), shown.Order());
    }

    [Fact]
    public void Javascript_links_in_the_text_are_refused()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er [sentralt](javascript:alert(1)).");
        Assert.Equal("MD011", Assert.Single(Errors(study)).Code);
    }

    [Theory]
    [InlineData("er <javascript:alert(1)>.", "MD011")] // an autolink gets the same scheme check as a link
    [InlineData("er <JaVaScRiPt:alert(1)>.", "MD011")]
    [InlineData("er <data:text/html,x>.", "MD011")]
    [InlineData("er [sentralt](https://example.org){onmouseover=\"alert(1)\"}.", "MD012")] // generic attributes pass anything
    [InlineData("er ![bilde](bilde.png){onerror=\"alert(1)\"}.", "MD012")]
    [InlineData("er [sentralt](https://example.org){style=\"position:fixed\"}.", "MD012")]
    [InlineData("er [sentralt](https://example.org){lang=\"en\\\" onclick=x\"}.", "MD012")]
    [InlineData("er [sentralt](https://example.org){#main}.", "MD012")] // an id only on a heading
    [InlineData("er ![bilde](http://example.org/x.png).", "MD013")] // mixed content
    [InlineData("er ![bilde](//example.org/x.png).", "MD013")]
    public void Hostile_markdown_in_the_text_is_refused(string text, string code)
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", text);
        var errors = Errors(study);
        Assert.NotEmpty(errors);
        // An image of the study's folder that does not exist is reported too (IMG03); nothing else may be.
        Assert.All(errors, e => Assert.Contains(e.Code, new[] { code, "IMG03" }));
        Assert.Contains(errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("## 1.1 Læring", "## 1.1 Læring {onmouseover=\"alert(1)\"}", "MD012")]
    [InlineData("## 1.1 Læring", "## 1.1 Læring {#main}", "MD022")] // the skip link's target
    [InlineData("## 1.1 Læring", "## Sitater", "MD022")] // an anchor made from the title may collide too
    public void A_heading_attribute_that_is_unsafe_or_takes_an_id_of_the_layout_is_refused(string heading, string hostile, string code)
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", heading, hostile);
        var error = Assert.Single(Errors(study), e => e.Code == code);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void Safe_attributes_are_kept()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er [sentralt](https://example.org){lang=en .ekstern}.");
        Builds(study);
        var page = Directory.GetFiles(study.Output, "index.html", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Single(p => p.Contains("href=\"https://example.org\"", StringComparison.Ordinal));
        Assert.Contains("lang=\"en\"", page);
    }

    [Fact]
    public void Raw_html_in_the_text_is_refused()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er <span onclick=\"x()\">sentralt</span>.");
        Assert.All(Errors(study), e => Assert.Equal("MD010", e.Code));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("UPPER")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Ids_that_could_escape_the_output_folder_are_refused(string id)
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "- id: informant-deling", $"- id: \"{id}\"");
        Assert.Contains(Errors(study), e => e.Code == "Q01" || e.Code == "Y023");
    }

    [Fact]
    public void A_slug_that_would_leave_the_output_folder_is_refused()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "kind: chapter\nnumber: 1", "kind: front\nslug: ../../x");
        Assert.Contains(Errors(study), e => e.Code == "CH03");
    }

    [Fact]
    public void A_control_character_is_reported()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "text: Alle deler alt", "text: \"Alle \\u0007deler alt\"");
        Assert.Equal("Y012", Assert.Single(Errors(study)).Code);
    }

    [Fact]
    public void A_ten_megabyte_field_is_reported_not_published()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "text: Alle deler alt", "text: " + new string('a', 10_000_000));
        Assert.Equal("Y011", Assert.Single(Errors(study)).Code);
    }

    [Fact]
    public void A_diagnostic_that_echoes_a_huge_or_multiline_value_prints_one_bounded_line()
    {
        using var study = new StudyCopy();
        var id = "x" + new string('a', 150_000) + "\\ninput/study.yml:1:1: error X: forged"; // a line break, in YAML
        study.Replace("quotes/2-1.yml", "speaker: lise", $"speaker: \"{id}\"");
        var printed = Errors(study).Select(e => e.Format()).ToList();
        Assert.NotEmpty(printed);
        foreach (var text in printed)
        {
            Assert.True(text.Length < 2 * Diagnostic.MostPrinted + 200, $"a diagnostic printed {text.Length} characters");
            Assert.DoesNotContain("\ninput/study.yml:1:1", text);
        }
        Assert.Contains(printed, t => t.Contains("characters left out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_override_in_a_name_is_refused_where_it_stands()
    {
        using var study = new StudyCopy();
        study.Replace("findings/2.yml", "title: Skolene møtes jevnlig", "title: \"Skolene \\u202Etxt.exe\"");
        var error = Assert.Single(Errors(study));
        Assert.Equal("Y013", error.Code);
        Assert.EndsWith("findings/2.yml", error.Location.File);
        Assert.Contains("U+202E", error.Message);
    }

    [Fact]
    public void A_direction_control_left_open_in_a_chapter_is_refused_and_a_closed_isolate_is_published()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "## 1.1 Læring", "Et navn: \u2067שלום\n\n## 1.1 Læring");
        Assert.Equal("MD014", Assert.Single(Errors(study)).Code);

        study.Replace("chapters/1-innledning.md", "\u2067שלום", "\u2067שלום\u2069 og videre");
        Builds(study);
        Assert.Contains("\u2067שלום\u2069 og videre", File.ReadAllText(Path.Combine(study.Output, "kapitler", "1", "index.html")));
    }

    [Fact]
    public void A_deeply_nested_document_is_reported_without_a_stack_overflow()
    {
        using var study = new StudyCopy();
        study.Write("works.yml", new string('[', 100_000) + new string(']', 100_000));
        Assert.Equal("Y005", Assert.Single(Errors(study)).Code);
    }

    [Fact]
    public void Yaml_aliases_are_refused_so_a_billion_laughs_cannot_blow_up()
    {
        using var study = new StudyCopy();
        study.Write("works.yml", "- &a\n  id: hansen-2020\n  cite_as: Hansen\n  year: \"2020\"\n- *a\n");
        Assert.Equal("Y004", Assert.Single(Errors(study)).Code);
    }
}
