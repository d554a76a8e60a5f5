using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// Every folder at the root of the site has one owner, and none takes a name the generator writes itself: a page
/// under /assets/ or /pagefind/ would be cached for a year as immutable, and two parts of the site under one word
/// would overwrite each other's pages.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ReservedAddressTests
{
    private static Diagnostic Error(StudyCopy study, string code) =>
        Assert.Single(Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics,
            d => d.Severity == Severity.Error && d.Code == code);

    [Theory]
    [InlineData("assets")]
    [InlineData("pagefind")]
    public void A_text_may_not_take_a_folder_the_generator_writes(string slug)
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "kind: chapter\nnumber: 1", $"kind: front\nslug: {slug}");
        var error = Error(study, "UR01");
        Assert.EndsWith("1-innledning.md", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains($"/{slug}/", error.Message);
        Assert.Contains("the generator's own files", error.Message);
    }

    [Fact]
    public void A_text_may_not_take_the_folder_of_a_part_of_the_site()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "kind: chapter\nnumber: 1", "kind: front\nslug: sitater");
        Assert.Contains("URL word 'quotes'", Error(study, "UR01").Message);
    }

    [Fact]
    public void A_coding_level_may_not_take_the_folder_of_a_part_of_the_site()
    {
        using var study = new StudyCopy();
        study.Replace("coding.yml", "path: temaer", "path: sitater");
        var error = Error(study, "UR01");
        Assert.EndsWith("coding.yml", error.Location.File);
        Assert.Contains("coding level 'theme'", error.Message);
    }

    [Fact]
    public void The_cases_may_not_take_the_folder_of_a_part_of_the_site()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "plural: skoler", "plural: Funn");
        var error = Error(study, "UR01");
        Assert.EndsWith("study.yml", error.Location.File);
        Assert.Contains("/funn/", error.Message);
    }

    [Fact]
    public void Two_url_words_of_the_study_may_not_be_the_same()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "language: nb", "language: nb\nurls:\n  quotes: funn");
        Assert.EndsWith("study.yml", Error(study, "UR01").Location.File);
    }

    [Fact]
    public void A_case_term_without_latin_letters_needs_a_path_and_builds_with_one()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "plural: skoler", "plural: 学校");
        var error = Error(study, "UR02");
        Assert.Contains("path:", error.Hint);

        study.Replace("study.yml", "plural: 学校", "plural: 学校\n  path: schools");
        new SiteBuilder(study.Options()).Build();
        Assert.True(Directory.Exists(Path.Combine(study.Output, "schools")));
    }
}
