namespace Site.Tests.Cli;

/// <summary>The command line as CI and editors use it: exit codes 0, 1 and 2, and diagnostics on stderr in the compiler format.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void Build_succeeds_with_exit_code_0_and_a_summary()
    {
        using var study = new StudyCopy();
        var (code, output, _) = SiteCli.Run(Path.GetDirectoryName(study.Input)!, "build", "--theme", study.Theme, "--no-search-index");
        Assert.Equal(0, code);
        Assert.Matches(@"Built \d+ pages, \d+ files in", output);
    }

    [Fact]
    public void Invalid_input_exits_1_with_diagnostics_relative_to_the_working_directory()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: lisa");
        var (code, _, error) = SiteCli.Run(Path.GetDirectoryName(study.Input)!, "check", "--theme", study.Theme);
        Assert.Equal(1, code);
        Assert.Contains("input/quotes/2-1.yml:3:12: error I04: unknown informant 'lisa'", error);
        Assert.Contains("hint: did you mean 'lise'?", error);
    }

    [Fact]
    public void Usage_error_exits_2()
    {
        var (code, _, error) = SiteCli.Run(Repository.Root, "build", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public void Serve_without_building_exits_1_when_the_output_folder_holds_no_site()
    {
        using var empty = new TempFolder();
        var (code, _, error) = SiteCli.Run(empty.Path, "serve", "--no-build", "--output", empty.Path, "--port", ServedSite.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, code);
        Assert.Contains("holds no built site", error);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var study = new StudyCopy();
        var (code, _, _) = SiteCli.Run(Path.GetDirectoryName(study.Input)!, "check", "--theme", study.Theme);
        Assert.Equal(0, code);
        Assert.False(Directory.Exists(study.Output));
    }
}
