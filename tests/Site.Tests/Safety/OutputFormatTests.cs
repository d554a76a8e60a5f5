using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Search;

namespace Site.Tests.Safety;

/// <summary>
/// Every file format the site writes from the study's data keeps its own syntax: one YAML field never becomes a
/// second rule in _redirects, a second line of robots.txt, or a formula in the CSV download.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class OutputFormatTests
{
    [Theory]
    [InlineData("/sitater/gammel/", "\"/sitater/lise-moter/#x\\n/* https://evil.example/ 200!\"", "R04")] // a newline adds a rule
    [InlineData("/sitater/gammel/", "\"/sitater/lise-moter/#x 200!\"", "R04")] // a status field
    [InlineData("/sitater/gammel/", "https://evil.example/", "R04")] // another site
    [InlineData("/sitater/gammel/", "//evil.example/", "R04")] // protocol-relative
    [InlineData("/*", "/sitater/lise-moter/", "R01")] // a splat: every page of the site
    [InlineData("/sitater/:id/", "/sitater/lise-moter/", "R01")] // a placeholder
    [InlineData("/sitater/gammel/?q=1", "/sitater/lise-moter/", "R01")] // a query condition
    [InlineData("\"/sitater/gammel/\\t\"", "/sitater/lise-moter/", "R01")] // a tab
    [InlineData("/sitater/../om/", "/sitater/lise-moter/", "R01")]
    public void A_redirect_that_would_write_another_rule_is_a_located_error(string from, string to, string code)
    {
        using var study = new StudyCopy();
        study.Write("redirects.yml", $"- from: {from}\n  to: {to}\n");
        var errors = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics;
        var error = Assert.Single(errors, e => e.Code == code);
        Assert.Equal("input/redirects.yml", error.Location.File);
        Assert.Equal(code == "R01" ? 1 : 2, error.Location.Line);
        Assert.False(Directory.Exists(study.Output));
    }

    [Fact]
    public void The_same_old_path_redirected_twice_is_an_error_naming_the_first()
    {
        using var study = new StudyCopy();
        study.Write("redirects.yml", "- from: /sitater/gammel/\n  to: /sitater/lise-moter/\n- from: /sitater/gammel/\n  to: /om/\n");
        var errors = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics;
        var error = Assert.Single(errors, e => e.Code == "R05");
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("input/redirects.yml:1:", error.Hint);
    }

    [Fact]
    public void Valid_redirects_are_written_one_line_each()
    {
        using var study = new StudyCopy();
        study.Write("redirects.yml", "- from: /sitater/gammel/\n  to: /sitater/lise-moter/#sitat\n- from: /sitater/b%C3%A6rum/\n  to: /om/\n");
        new SiteBuilder(study.Options()).Build();
        var lines = File.ReadAllLines(Path.Combine(study.Output, "_redirects")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["/sitater/b%C3%A6rum/ /om/ 301", "/sitater/gammel/ /sitater/lise-moter/#sitat 301"], lines);
    }

    [Theory]
    [InlineData("https://example.org\nDisallow: /")]
    [InlineData("https://example.org/\" onload=\"x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user@example.org")]
    public void A_base_url_that_would_add_a_line_or_an_attribute_is_a_usage_error(string baseUrl)
    {
        using var study = new StudyCopy();
        Assert.Throws<UsageException>(() => new SiteBuilder(study.Options() with { BaseUrl = baseUrl }).Build());
        Assert.False(Directory.Exists(study.Output));
    }

    [Fact]
    public void The_base_url_appears_once_in_robots_txt()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options() with { BaseUrl = "https://example.org/studie" }).Build();
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/studie/sitemap.xml\n", File.ReadAllText(Path.Combine(study.Output, "robots.txt")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_csv_field_a_spreadsheet_would_read_as_a_formula_is_defused(string value)
    {
        var field = ExplorerData.CsvField(value);
        Assert.StartsWith("\"'", field);
        Assert.Equal("'" + value, field[1..^1].Replace("\"\"", "\""));
    }
}
