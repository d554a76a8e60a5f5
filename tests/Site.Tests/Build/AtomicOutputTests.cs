using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Build;

/// <summary>A failed build never leaves a half-written site and loses nothing: the previous output stays as it was.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class AtomicOutputTests
{
    [Fact]
    public void Failed_build_leaves_the_previous_output_untouched()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        var before = Snapshot(study.Output);
        Assert.NotEmpty(before);

        study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: nobody");
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());

        Assert.Equal(before, Snapshot(study.Output));
        var parent = Path.GetDirectoryName(study.Output)!;
        Assert.DoesNotContain(Directory.GetDirectories(parent), d => Path.GetFileName(d).StartsWith(".output.building", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_documents_for_one_file_are_refused_not_written_over()
    {
        var root = Path.Combine(Path.GetTempPath(), "staging-" + Guid.NewGuid().ToString("N"));
        using var output = new Site.Generator.Output.AtomicOutput(Path.Combine(root, "out"));
        var sink = new Site.Generator.Output.StagingSink(output);
        sink.Accept(Site.Generator.Engine.PipelineDocument.Create("a/index.html") with { Text = "<p>first</p>" });
        var error = Assert.Throws<InvalidOperationException>(() =>
            sink.Accept(Site.Generator.Engine.PipelineDocument.Create("a/index.html") with { Text = "<p>second</p>" }));
        Assert.Contains("a/index.html", error.Message);
        Assert.Equal("<p>first</p>", File.ReadAllText(output.PathOf("a/index.html")));
        output.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Failing_template_leaves_no_output_at_all_on_a_first_build()
    {
        using var study = new StudyCopy(copyTheme: true);
        File.WriteAllText(Path.Combine(study.Theme, "layouts", "home.sbn-html"), "{{ site.no_such_thing.x }}");
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        Assert.False(Directory.Exists(study.Output));
    }

    [Fact]
    public void Successful_build_replaces_stale_files()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        File.WriteAllText(Path.Combine(study.Output, "stale.html"), "old");
        new SiteBuilder(study.Options()).Build();
        Assert.False(File.Exists(Path.Combine(study.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(study.Output, "index.html")));
    }

    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
