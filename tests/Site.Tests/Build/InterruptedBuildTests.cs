using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace Site.Tests.Build;

/// <summary>
/// Fault injection: the real command line builds while the test kills it (SIGKILL) or interrupts it (SIGINT,
/// SIGTERM) at random moments. Between builds the study alternates between two versions, A and B. After every
/// kill the output folder must be exactly the whole site of A or of B, never a mix, never missing; an interrupted
/// build must leave no staging folder; and the next build removes what killed ones left.
/// </summary>
public sealed class InterruptedBuildTests(ITestOutputHelper log) : IDisposable
{
    private const int SIGKILL = 9, SIGINT = 2, SIGTERM = 15;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private readonly TempFolder _folder = new();
    private string Project => _folder["project"];
    private string Input => Path.Combine(Project, "input");
    private string Output => Path.Combine(Project, "site");
    private const string Quote = "quotes/2-1.yml";
    private string _versionA = "", _versionB = "";

    private void Prepare()
    {
        StudyCopy.CopyDirectory(Repository.TinyStudy, Input);
        _versionA = File.ReadAllText(Path.Combine(Input, Quote));
        _versionB = _versionA.Replace("Vi møtes hver fredag", "Vi møtes hver torsdag", StringComparison.Ordinal);
        Assert.NotEqual(_versionA, _versionB);
    }

    public void Dispose() => _folder.Dispose();

    private IEnumerable<string> Arguments(string output) =>
        ["build", "--input", Input, "--theme", Repository.Theme, "--output", output, "--no-search-index"];

    private void Use(string version) => File.WriteAllText(Path.Combine(Input, Quote), version);

    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private (SortedDictionary<string, string> Site, TimeSpan Took) BuildWhole(string version, string output)
    {
        Use(version);
        var started = Stopwatch.GetTimestamp();
        var result = SiteCli.Run(Project, Arguments(output).ToArray());
        Assert.True(result.Code == 0, result.Error);
        return (Snapshot(output), Stopwatch.GetElapsedTime(started));
    }

    private string[] Leftovers() =>
        Directory.GetDirectories(Project).Select(Path.GetFileName).Where(n => n!.StartsWith(".site.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_or_the_new_site_whole()
    {
        Prepare();
        var (siteA, tookA) = BuildWhole(_versionA, _folder["a"]);
        var (siteB, tookB) = BuildWhole(_versionB, _folder["b"]);
        Assert.NotEqual(siteA, siteB);
        var (_, tookC) = BuildWhole(_versionA, Output);
        // The shortest of three: the first run of a process on a loaded machine can take twice as long.
        var took = new[] { tookA, tookB, tookC }.Min();

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var signals = new[] { SIGKILL, SIGKILL, SIGINT, SIGTERM };
        var outcomes = new List<string>();
        for (var round = 0; round < 16; round++)
        {
            Use(round % 2 == 0 ? _versionB : _versionA);
            var signal = signals[round % signals.Length];
            // Anywhere from the start of the process to just after a whole build would have ended.
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * took.TotalMilliseconds * 1.1);
            using var process = Process.Start(SiteCli.StartInfo(Project, Arguments(Output)))!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExit(delay);
            if (!exited) kill(process.Id, signal);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"seed {seed}, round {round}: the build did not end after signal {signal}");
            var context = $"seed {seed}, round {round}, signal {signal} after {delay.TotalMilliseconds:F0} ms (exit {process.ExitCode}): {stderr.Result}";
            outcomes.Add($"{signal}@{delay.TotalMilliseconds:F0}ms→{process.ExitCode}");

            Assert.True(Directory.Exists(Output), $"{context}: no output folder at all");
            var site = Snapshot(Output);
            Assert.True(site.SequenceEqual(siteA) || site.SequenceEqual(siteB), $"{context}: the output is neither the whole old site nor the whole new one");
            // A killed build cannot clean up (the next one does); an interrupted or finished one leaves nothing of its own.
            if (signal != SIGKILL || exited)
                Assert.True(!Leftovers().Any(l => l.EndsWith($"-{process.Id}", StringComparison.Ordinal)), $"{context}: left {string.Join(", ", Leftovers())}");
        }

        log.WriteLine($"seed {seed}; whole build {took.TotalMilliseconds:F0} ms; signal@delay→exit: {string.Join(", ", outcomes)}");
        // Not a vacuous run: most signals must have met a build still at work.
        Assert.True(outcomes.Count(o => !o.EndsWith("→0", StringComparison.Ordinal)) >= 6, string.Join(", ", outcomes));

        Use(_versionB);
        var final = SiteCli.Run(Project, Arguments(Output).ToArray());
        Assert.True(final.Code == 0, final.Error);
        Assert.Equal(siteB, Snapshot(Output));
        Assert.True(Leftovers().Length == 0, $"the next build left {string.Join(", ", Leftovers())} (rounds: {string.Join(", ", outcomes)})");
    }
}
