using Site.Generator.Build;

namespace Site.Tests.Build;

/// <summary>The generator is not specific to one thesis: a tiny study about schools builds with the same theme.</summary>
public sealed class SecondStudyTests
{
    [Fact]
    public void Tiny_study_builds_with_the_same_theme_and_its_own_case_term()
    {
        using var temp = new TempFolder();
        var report = new SiteBuilder(BuiltSite.Options(Repository.TinyStudy, temp["out"], searchIndex: false)).Build();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Site.Generator.Diagnostics.Severity.Error);
        Assert.True(File.Exists(temp["out/skoler/nordby/index.html"]), "cases live under the study's own plural term");
        Assert.True(File.Exists(temp["out/sitater/lise-moter/index.html"]));
        Assert.True(File.Exists(temp["out/kapitler/2/index.html"]));
        var chapter = File.ReadAllText(temp["out/kapitler/2/index.html"]);
        Assert.Contains("Vi møtes hver fredag", chapter);
        Assert.Contains("Tabell 2: Sitater om deling.", chapter);
        Assert.DoesNotContain("kommune", File.ReadAllText(temp["out/sitater/lise-moter/index.html"]), StringComparison.OrdinalIgnoreCase);
        var introduction = File.ReadAllText(temp["out/kapitler/1/index.html"]);
        Assert.Contains("<a href=\"/kilder/#hansen-2020\" class=\"citation\">Hansen, 2020</a>", introduction);
        Assert.Contains("href=\"/begreper/laering/\"", introduction);
    }

    [Fact]
    public void Interface_and_addresses_can_be_built_in_english_while_the_text_stays_norwegian()
    {
        using var temp = new TempFolder();
        new SiteBuilder(BuiltSite.Options(Repository.TinyStudy, temp["out"], searchIndex: false) with { UiLanguage = "en" }).Build();
        Assert.False(Directory.Exists(temp["out/sitater"]), "the URL words follow the interface's language");
        var quote = File.ReadAllText(temp["out/quotes/lise-moter/index.html"]);
        Assert.Contains("Skip to content", quote);
        Assert.Contains("Vi møtes hver fredag", quote);
        Assert.Contains("<html lang=\"nb\">", quote);
    }
}
