using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Loading;

/// <summary>Each kind of bad input gets one clear diagnostic with file, line and column, and the build fails.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class BadInputDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> BuildFails(StudyCopy study)
    {
        var failure = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        Assert.NotEmpty(failure.Diagnostics);
        return failure.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_and_column()
    {
        using var study = new StudyCopy();
        study.Write("informants.yml", "- id: lise\n  name: Lise\n  kind: pseudonym\n   case: nordby\n");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y001", error.Code);
        Assert.Equal("input/informants.yml", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Matches(@"^input/informants\.yml:4:\d+: error Y001: invalid YAML", error.Format());
    }

    [Fact]
    public void Unknown_key_is_an_error_with_a_suggestion()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  codes: [moter]\n  table: 2", "  codes: [moter]\n  tabel: 2");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y020", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 5, 3), error.Location);
        Assert.Contains("unknown key 'tabel'", error.Message);
        Assert.Equal("did you mean 'table'?", error.Hint);
    }

    [Fact]
    public void Unknown_key_unlike_any_known_one_lists_the_known_keys()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  codes: [moter]\n  table: 2", "  codes: [moter]\n  xyzzy: 2");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y020", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 5, 3), error.Location);
        Assert.StartsWith("known keys: id, text, speaker, codes", error.Hint);
        Assert.Contains("table", error.Hint);
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  table: 2", "  table: to");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y013", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 5, 10), error.Location);
        Assert.Equal("input/quotes/2-1.yml:5:10: error Y013: expected a whole number here, found 'to'", error.Format().Split('\n')[0]);
    }

    [Fact]
    public void A_single_value_where_a_list_belongs_is_reported_with_the_list_to_write()
    {
        using var study = new StudyCopy();
        study.Replace("findings/2.yml", "codes: [moter]", "codes: moter");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y016", error.Code);
        Assert.Equal(new SourceLocation("input/findings/2.yml", 6, 10), error.Location);
        Assert.Equal("write [moter]", error.Hint);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_entry()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  speaker: lise\n", "");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y022", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 1, 3), error.Location);
        Assert.Contains("missing required key 'speaker'", error.Message);
    }

    [Fact]
    public void Unknown_reference_names_the_referring_field_and_suggests_the_closest_id()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "codes: [moter]\n  table: 2", "codes: [moterr]\n  table: 2");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("T04", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 4, 10), error.Location);
        Assert.Equal("did you mean 'moter'?", error.Hint);
    }

    [Fact]
    public void Unknown_id_in_the_markdown_fails_at_its_place_in_the_chapter()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "(concept:laering)", "(concept:laring)");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("K04", error.Code);
        Assert.Equal("input/chapters/1-innledning.md", error.Location.File);
        Assert.Equal(10, error.Location.Line);
    }

    [Fact]
    public void Duplicate_ids_fail()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "- id: informant-deling", "- id: lise-moter");
        var error = Assert.Single(BuildFails(study), e => e.Code == "Q02");
        Assert.Equal("Q02", error.Code);
        Assert.Contains("the first is at input/quotes/2-1.yml:1:7", error.Hint);
    }

    [Fact]
    public void Broken_template_is_reported_in_the_theme_file()
    {
        using var study = new StudyCopy(copyTheme: true);
        File.AppendAllText(Path.Combine(study.Theme, "layouts", "quote.sbn-html"), "\n{{ if }}\n");
        var error = BuildFails(study).First();
        Assert.Equal("TH02", error.Code);
        Assert.Equal("theme/layouts/quote.sbn-html", error.Location.File);
        Assert.True(error.Location.Line > 1);
    }

    [Fact]
    public void A_broken_theme_and_broken_input_are_reported_together_every_time()
    {
        // The theme is read beside the study: the build waits for both before it reports, so the same errors come
        // back on every run, whichever finished first.
        using var study = new StudyCopy(copyTheme: true);
        File.AppendAllText(Path.Combine(study.Theme, "layouts", "quote.sbn-html"), "\n{{ if }}\n");
        study.Write("informants.yml", "- id: lise\n  name: Lise\n  kind: pseudonym\n   case: nordby\n");
        var first = BuildFails(study).Select(e => e.Format()).ToList();
        Assert.Contains(first, e => e.Contains("error Y001", StringComparison.Ordinal));
        Assert.Contains(first, e => e.Contains("error TH02", StringComparison.Ordinal));
        for (var run = 0; run < 5; run++) Assert.Equal(first, BuildFails(study).Select(e => e.Format()).ToList());
    }

    [Fact]
    public void Template_failing_at_render_time_is_reported_with_its_location()
    {
        using var study = new StudyCopy(copyTheme: true);
        File.AppendAllText(Path.Combine(study.Theme, "layouts", "quote.sbn-html"), "\n{{ quote.no_such_field.name }}\n");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("TH05", error.Code);
        Assert.Equal("theme/layouts/quote.sbn-html", error.Location.File);
    }

    [Fact]
    public void Unreadable_file_is_reported()
    {
        using var study = new StudyCopy();
        File.Delete(study.PathOf("works.yml"));
        Directory.CreateDirectory(study.PathOf("works.yml")); // a folder where a file belongs: no one can read it as text
        var error = Assert.Single(BuildFails(study), e => e.Code == "IO001");
        Assert.Equal("IO001", error.Code);
        Assert.Equal("input/works.yml", error.Location.File);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_broken_byte()
    {
        using var study = new StudyCopy();
        var bytes = System.Text.Encoding.UTF8.GetBytes("- id: hansen-2020\n  cite_as: Hans").Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes("n\n  year: \"2020\"\n")).ToArray();
        File.WriteAllBytes(study.PathOf("works.yml"), bytes);
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("IO002", error.Code);
        Assert.Equal(new SourceLocation("input/works.yml", 2, 16), error.Location);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: lisa");
        study.Replace("findings/2.yml", "codes: [moter]", "codes: [moterr]");
        study.Replace("concepts.yml", "works: [hansen-2020]", "works: [hansen-2021]");
        var codes = BuildFails(study).Select(e => e.Code).Order().ToList();
        Assert.Equal(["I04", "T04", "W04"], codes);
    }

    [Fact]
    public void A_key_without_a_name_is_reported_not_thrown()
    {
        // Found by the mutation fuzzer: YamlDotNet's node builder threw on this without a location.
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "- id: lise-moter", "- : lise-idmoter");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y006", error.Code);
        Assert.Equal(new SourceLocation("input/quotes/2-1.yml", 1, 4), error.Location);
    }

    [Fact]
    public void A_bracket_inside_a_flow_list_is_reported_not_thrown()
    {
        // Found by the mutation fuzzer: YamlDotNet's scanner throws a bare InvalidOperationException on this.
        using var study = new StudyCopy();
        study.Replace("findings/2.yml", "cases: [nordby, sorby]", "cases: [no [nordby, sorby]");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("Y001", error.Code);
        Assert.Equal("input/findings/2.yml", error.Location.File);
        Assert.Equal(1 + File.ReadAllLines(study.PathOf("findings/2.yml")).TakeWhile(l => !l.Contains("[no [")).Count(), error.Location.Line);
    }
}
