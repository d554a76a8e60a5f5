using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Build;

/// <summary>
/// The site's public address comes from the command line, study.yml's <c>url</c> or the host ($URL on Netlify), in
/// that order; a build that knows none warns and writes root-relative addresses, never a guessed localhost.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class SiteAddressTests
{
    private static BuildOptions WithoutAddress(StudyCopy study) => study.Options() with { BaseUrl = null };

    private static IEnumerable<(string File, string Text)> Files(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => (Path.GetRelativePath(output, f), File.ReadAllText(f)));

    [Fact]
    public void A_build_without_an_address_warns_and_writes_no_localhost_address()
    {
        using var study = new StudyCopy();
        var report = new SiteBuilder(WithoutAddress(study)).Build();
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "URL01");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("input/study.yml", warning.Location.File);
        var localhost = Files(study.Output).Where(f => f.Text.Contains("localhost", StringComparison.Ordinal) || f.Text.Contains("127.0.0.1", StringComparison.Ordinal)).Select(f => f.File).ToList();
        Assert.True(localhost.Count == 0, string.Join(", ", localhost));
        Assert.Contains("<link rel=\"canonical\" href=\"/\">", File.ReadAllText(Path.Combine(study.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(study.Output, "sitemap.xml")), "a sitemap needs absolute addresses");
        Assert.DoesNotContain("Sitemap:", File.ReadAllText(Path.Combine(study.Output, "robots.txt")));
    }

    [Fact]
    public void The_study_can_name_its_address()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "case_term:", "url: https://studie.example.no/\ncase_term:");
        var report = new SiteBuilder(WithoutAddress(study)).Build();
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "URL01");
        Assert.Contains("<link rel=\"canonical\" href=\"https://studie.example.no/\">", File.ReadAllText(Path.Combine(study.Output, "index.html")));
        Assert.Contains("<loc>https://studie.example.no/sitater/lise-moter/</loc>", File.ReadAllText(Path.Combine(study.Output, "sitemap.xml")));
    }

    [Fact]
    public void The_command_line_overrides_the_study_and_the_study_the_host()
    {
        var options = new BuildOptions { InputDirectory = "i", ThemeDirectory = "t", OutputDirectory = "o", HostBaseUrl = "https://host.example/" };
        Assert.Equal("https://host.example", options.ResolveBaseUrl(null));
        Assert.Equal("https://study.example", options.ResolveBaseUrl("https://study.example/"));
        Assert.Equal("https://cli.example", (options with { BaseUrl = "https://cli.example/" }).ResolveBaseUrl("https://study.example/"));
        Assert.Equal("", (options with { HostBaseUrl = null }).ResolveBaseUrl(null));
    }

    [Fact]
    public void An_address_that_is_not_absolute_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "case_term:", "url: studie.example.no\ncase_term:");
        var failure = Assert.Throws<BuildFailedException>(() => new SiteBuilder(WithoutAddress(study)).Build());
        Assert.Contains(failure.Diagnostics, d => d.Code == "URL02" && d.Location.File == "input/study.yml");
    }

    [Fact]
    public void Netlify_passes_no_address_so_the_studys_or_its_own_is_used()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        var command = toml.Split('\n').Single(l => l.TrimStart().StartsWith("command", StringComparison.Ordinal));
        Assert.Contains("-- build", command);
        Assert.DoesNotContain("--base-url", command);
    }
}
