using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.AnyStudy;

/// <summary>A figure is an image of the study's folder with its alt text, or a kind the theme draws; nothing else builds.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class FigureTests
{
    private static IReadOnlyList<Diagnostic> BuildFails(StudyCopy study)
    {
        var failure = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        return failure.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Fact]
    public void An_image_figure_without_alt_text_fails_the_build()
    {
        using var study = new StudyCopy(Repository.SchoolsStudy);
        study.Replace("figures.yml", "  alt: Three boxes", "  caption_note: Three boxes");
        study.Replace("figures.yml", "  caption_note:", "  description:");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("G20", error.Code);
        Assert.Equal("input/figures.yml", error.Location.File.Replace(Path.GetDirectoryName(study.Input)! + "/", ""));
    }

    [Fact]
    public void A_figure_of_a_kind_the_theme_does_not_draw_fails_and_lists_the_kinds()
    {
        using var study = new StudyCopy(Repository.SchoolsStudy);
        study.Replace("figures.yml", "kind: image", "kind: pie-chart");
        var error = Assert.Single(BuildFails(study), e => e.Code == "G22");
        Assert.Contains("pie-chart", error.Message);
        Assert.Contains("image, coding-structure, findings-model", error.Hint);
    }

    [Fact]
    public void An_image_in_the_text_that_is_missing_fails_at_its_place()
    {
        using var study = new StudyCopy(Repository.SchoolsStudy);
        study.Replace("chapters/1-introduction.md", "## 1.1 Pupil voice", "![A map](../figures/no-such-map.png)\n\n## 1.1 Pupil voice");
        var error = Assert.Single(BuildFails(study));
        Assert.Equal("IMG03", error.Code);
        Assert.EndsWith("chapters/1-introduction.md", error.Location.File);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void An_image_in_the_text_is_published_with_its_size()
    {
        using var study = new StudyCopy(Repository.SchoolsStudy);
        study.Replace("chapters/1-introduction.md", "## 1.1 Pupil voice", "![The schools](../figures/interviews.svg)\n\n## 1.1 Pupil voice");
        new SiteBuilder(study.Options()).Build();
        var chapter = File.ReadAllText(Path.Combine(study.Output, "chapters", "1", "index.html"));
        Assert.Matches(@"<img src=""/figures/interviews\.[0-9a-f]{10}\.svg"" width=""480"" height=""160"" alt=""The schools"" />", chapter);
    }
}
