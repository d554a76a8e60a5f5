using Site.Generator.Build;

namespace Site.Tests.AnyStudy;

/// <summary><c>site new</c> writes, for each coding method, a small study that builds at once with no error or warning.</summary>
public sealed class NewStudyTests
{
    [Theory]
    [InlineData("thematic", "themes/first-theme", "codes/first-code")]
    [InlineData("gioia", "dimensions/first-dimension", "themes/first-code")]
    [InlineData("flat", "codes/first-code", null)]
    public void Each_method_gives_a_study_that_builds_clean(string method, string topCode, string? lowerCode)
    {
        using var temp = new TempFolder();
        var (code, output, error) = SiteCli.Run(Repository.Root, "new", temp["study"], "--method", method, "--language", "en");
        Assert.True(code == 0, error);
        Assert.Contains("Wrote a new study", output);
        Assert.True(File.Exists(temp["study/schema/quote.schema.json"]), "the study comes with its JSON Schemas");

        var report = new SiteBuilder(BuiltSite.Options(temp["study"], temp["out"], searchIndex: false) with { DisplayRoot = temp.Path }).Build();
        Assert.Empty(report.Diagnostics);
        Assert.True(File.Exists(temp[$"out/{topCode}/index.html"]), topCode);
        if (lowerCode is not null) Assert.True(File.Exists(temp[$"out/{lowerCode}/index.html"]), lowerCode);
        Assert.True(File.Exists(temp["out/quotes/alex-first-words/index.html"]));
    }

    [Fact]
    public void An_unknown_method_or_a_folder_in_use_is_a_usage_error_that_names_the_choices()
    {
        using var temp = new TempFolder();
        var (code, _, error) = SiteCli.Run(Repository.Root, "new", temp["study"], "--method", "grounded");
        Assert.Equal(2, code);
        Assert.Contains("flat-en, gioia-en, thematic-en", error);
        Directory.CreateDirectory(temp["mine"]);
        File.WriteAllText(temp["mine/notes.txt"], "mine");
        Assert.Equal(2, SiteCli.Run(Repository.Root, "new", temp["mine"]).Code);
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp["mine"]).Select(Path.GetFileName));
    }
}
