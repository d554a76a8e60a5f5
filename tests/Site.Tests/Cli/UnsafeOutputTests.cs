namespace Site.Tests.Cli;

/// <summary>
/// A mistyped --output must never cost the author a file: the output may not be, hold or lie inside the study or
/// the theme, and may not be a project folder (.git, *.sln, netlify.toml) or a folder the build did not write.
/// Each case runs the real command line in a throwaway project: outer/project/{input,theme,.git,Site.sln,netlify.toml}.
/// </summary>
public sealed class UnsafeOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Outer => _folder["outer"];
    private string Project => Path.Combine(Outer, "project");
    private string Input => Path.Combine(Project, "input");
    private string Theme => Path.Combine(Project, "theme");

    public UnsafeOutputTests()
    {
        StudyCopy.CopyDirectory(Repository.TinyStudy, Input);
        StudyCopy.CopyDirectory(Repository.Theme, Theme, skip: "node_modules");
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        File.WriteAllText(Path.Combine(Project, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Project, "Site.sln"), "solution\n");
        File.WriteAllText(Path.Combine(Project, "netlify.toml"), "[build]\n");
        File.WriteAllText(Path.Combine(Project, "notes.md"), "uncommitted notes\n");
        File.WriteAllText(Path.Combine(Outer, "keep.txt"), "a file beside the project\n");
    }

    public void Dispose() => _folder.Dispose();

    private SiteCli.Result Build(string output) =>
        SiteCli.Run(Project, "build", "--input", "input", "--theme", "theme", "--output", output, "--no-search-index");

    /// <summary>Every file of the project and beside it, with its bytes: what a refused build must leave as it was.</summary>
    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.GetFiles(Outer, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Outer, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private void AssertRefused(string output, string because)
    {
        var before = Snapshot();
        var result = Build(output);
        Assert.True(result.Code == 2, $"--output {output}: exit code {result.Code}, not 2 (usage error)\n{result.Out}{result.Error}");
        Assert.Contains(because, result.Error);
        Assert.DoesNotContain("   at ", result.Error); // a message, not a stack trace
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void The_input_folder_is_refused() => AssertRefused("input", "is the study's folder");

    [Fact]
    public void A_folder_inside_the_input_is_refused() => AssertRefused("input/site", "inside the study's folder");

    [Fact]
    public void The_theme_folder_is_refused() => AssertRefused("theme", "is the theme's folder");

    [Fact]
    public void A_folder_inside_the_theme_is_refused() => AssertRefused("theme/assets", "inside the theme's folder");

    [Fact]
    public void The_project_root_is_refused() => AssertRefused(".", "holds the study's folder");

    [Fact]
    public void A_folder_holding_the_project_is_refused() => AssertRefused("..", "holds the study's folder");

    [Fact]
    public void A_symbolic_link_to_the_input_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(Outer, "site-link"), Input);
        AssertRefused("../site-link", "is the study's folder");
    }

    [Theory]
    [InlineData(".git", "a .git")]
    [InlineData("Other.sln", "a .sln")]
    [InlineData("netlify.toml", "netlify.toml")]
    public void A_project_folder_elsewhere_is_refused(string marker, string because)
    {
        var other = Path.Combine(Outer, "other");
        Directory.CreateDirectory(other);
        if (marker == ".git") Directory.CreateDirectory(Path.Combine(other, marker));
        else File.WriteAllText(Path.Combine(other, marker), "x\n");
        File.WriteAllText(Path.Combine(other, "Program.cs"), "// someone's code\n");
        AssertRefused("../other", because);
    }

    [Fact]
    public void A_folder_the_build_did_not_write_is_refused()
    {
        var notes = Path.Combine(Outer, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "chapter-draft.md"), "my draft\n");
        AssertRefused("../notes", "was not written by 'site build'");
    }

    [Fact]
    public void A_file_is_refused()
    {
        AssertRefused("notes.md", "is a file");
    }

    [Fact]
    public void The_file_system_root_is_refused()
    {
        var result = Build("/");
        Assert.Equal(2, result.Code);
        Assert.Contains("the root of the file system", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_mount_point_is_refused_with_what_to_do()
    {
        var result = Build("/proc");
        Assert.Equal(2, result.Code);
        Assert.Contains("is a mount point", result.Error);
        Assert.Contains("a folder inside it", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_new_or_empty_folder_and_a_previous_site_are_built_into()
    {
        Directory.CreateDirectory(Path.Combine(Project, "empty"));
        Assert.Equal(0, Build("empty").Code);
        Assert.True(File.Exists(Path.Combine(Project, "empty", "index.html")));

        var first = Build("output");
        Assert.True(first.Code == 0, first.Error);
        File.WriteAllText(Path.Combine(Project, "output", "stale.html"), "from an earlier build");
        var second = Build("output");
        Assert.True(second.Code == 0, second.Error);
        Assert.False(File.Exists(Path.Combine(Project, "output", "stale.html")));
        Assert.True(File.Exists(Path.Combine(Project, "output", "index.html")));
        Assert.True(File.Exists(Path.Combine(Project, ".git", "HEAD")));
    }
}
