using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Output;

namespace Site.Tests.Build;

/// <summary>
/// The generator itself refuses an output folder that would destroy the author's files, whoever calls it (the
/// command line is checked in Cli/UnsafeOutputTests): a build, a preview update, and the swap at the end.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class OutputGuardTests
{
    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    [Fact]
    public void A_build_into_the_study_is_refused_and_the_study_stays()
    {
        using var study = new StudyCopy();
        var before = Snapshot(study.Input);
        var error = Assert.Throws<UsageException>(() => new SiteBuilder(study.Options() with { OutputDirectory = study.Input }).Build());
        Assert.Contains("is the study's folder", error.Message);
        Assert.Equal(before, Snapshot(study.Input));
    }

    [Fact]
    public void A_preview_update_into_the_study_is_refused_and_the_study_stays()
    {
        using var study = new StudyCopy();
        var before = Snapshot(study.Input);
        Assert.Throws<UsageException>(() => new SiteBuilder(study.Options() with { OutputDirectory = study.Input }).Update());
        Assert.Throws<UsageException>(() => new SiteBuilder(study.Options() with { OutputDirectory = Path.GetDirectoryName(study.Input)! }).Update());
        Assert.Equal(before, Snapshot(study.Input));
    }

    [Fact]
    public void A_preview_update_deletes_nothing_in_a_folder_it_did_not_write()
    {
        using var study = new StudyCopy();
        Directory.CreateDirectory(study.Output);
        File.WriteAllText(Path.Combine(study.Output, "draft.md"), "mine");
        var error = Assert.Throws<UsageException>(() => new SiteBuilder(study.Options()).Update());
        Assert.Contains("was not written by 'site build'", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(study.Output, "draft.md")));
    }

    [Fact]
    public void Every_output_carries_the_marker_and_no_page_or_sitemap_names_it()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        Assert.Equal(OutputMarker.Content, File.ReadAllText(Path.Combine(study.Output, OutputMarker.FileName)));
        Assert.DoesNotContain(OutputMarker.FileName, File.ReadAllText(Path.Combine(study.Output, "sitemap.xml")));
        foreach (var page in Directory.GetFiles(study.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain(OutputMarker.FileName, File.ReadAllText(page));

        var updated = Path.Combine(Path.GetDirectoryName(study.Output)!, "updated");
        new SiteBuilder(study.Options() with { OutputDirectory = updated }).Update();
        Assert.Equal(OutputMarker.Content, File.ReadAllText(Path.Combine(updated, OutputMarker.FileName)));
    }

    [Fact]
    public void A_marker_file_with_other_content_proves_nothing()
    {
        using var study = new StudyCopy();
        Directory.CreateDirectory(study.Output);
        File.WriteAllText(Path.Combine(study.Output, OutputMarker.FileName), "anything");
        File.WriteAllText(Path.Combine(study.Output, "thesis.docx"), "mine");
        Assert.Throws<UsageException>(() => new SiteBuilder(study.Options()).Build());
        Assert.True(File.Exists(Path.Combine(study.Output, "thesis.docx")));
    }

    [Fact]
    public void A_folder_that_turns_into_someone_elses_during_the_build_is_not_replaced()
    {
        using var study = new StudyCopy();
        using var output = new AtomicOutput(study.Output);
        Directory.CreateDirectory(study.Output);
        File.WriteAllText(Path.Combine(study.Output, "thesis.docx"), "mine"); // appeared after the checks at the start
        Assert.Throws<UsageException>(output.Commit);
        Assert.True(File.Exists(Path.Combine(study.Output, "thesis.docx")));
    }
}
