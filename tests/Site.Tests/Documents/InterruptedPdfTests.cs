using System.Diagnostics;

namespace Site.Tests.Documents;

/// <summary>
/// An interrupted build ends the WeasyPrint it started: a stopped build must not leave a typesetter running on, for
/// minutes on a large study, with the study's text in a temporary folder.
/// </summary>
public sealed class InterruptedPdfTests
{
    [Fact]
    public void Terminating_a_build_while_it_typesets_the_pdf_ends_weasyprint_too()
    {
        using var temp = new TempFolder();
        var start = SiteCli.StartInfo(temp.Path, ["build", "--input", Repository.Input, "--theme", Repository.Theme, "--output", temp["out"], "--no-search-index"]);
        using var build = Process.Start(start)!;
        _ = build.StandardOutput.ReadToEndAsync();
        _ = build.StandardError.ReadToEndAsync();

        var deadline = Stopwatch.StartNew();
        int? typesetter = null;
        while (typesetter is null && !build.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            typesetter = ChildrenOf(build.Id).FirstOrDefault(pid => CommandLine(pid).Contains("--pdf-variant", StringComparison.Ordinal)) is var pid and > 0 ? pid : null;
            if (typesetter is null) Thread.Sleep(50);
        }
        Assert.True(typesetter is not null, "the build did not start WeasyPrint");

        Process.Start("kill", ["-TERM", build.Id.ToString()])!.WaitForExit();
        Assert.True(build.WaitForExit(TimeSpan.FromMinutes(1)), "the build did not end after SIGTERM");
        Assert.Equal(128 + 15, build.ExitCode); // the status SIGTERM asks for (Commands/Interruption.cs)
        var gone = Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{typesetter}") && gone.Elapsed < TimeSpan.FromSeconds(3)) Thread.Sleep(50);
        Assert.False(Directory.Exists($"/proc/{typesetter}") && CommandLine(typesetter.Value).Contains("weasyprint", StringComparison.Ordinal),
            "WeasyPrint still runs after its build was terminated");
        Assert.False(Directory.Exists(temp["out"]), "a terminated build left an output");
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent);

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    private static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); }
        catch (IOException) { return ""; }
    }
}
