using System.CommandLine;
using System.Diagnostics;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Incremental;
using Site.Generator.Output;
using Site.Generator.Urls;
using Site.Serve;

namespace Site.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var netlify = new Option<string?>("--netlify-config") { Description = "Read response headers from this file (default: the netlify.toml of the study's project, found from --input upwards)" };
        var noReload = new Option<bool>("--no-reload") { Description = "Serve as production does: no live-reload script, no rebuilds, the Cache-Control of netlify.toml" };
        var noBuild = new Option<bool>("--no-build") { Description = "Serve the output folder as it is, without building it first (implies --no-reload)" };
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change to the study or the theme, and reload the open pages.");
        options.AddTo(command, SiteOptions.Documents.OnDemand);
        command.Options.Add(port);
        command.Options.Add(netlify);
        command.Options.Add(noReload);
        command.Options.Add(noBuild);
        command.SetAction(async (result, stop) =>
        {
            var portNumber = result.GetValue(port);
            var build = !result.GetValue(noBuild);
            var liveReload = build && !result.GetValue(noReload);
            var buildOptions = options.Read(result, $"http://127.0.0.1:{portNumber}");
            if (liveReload) buildOptions = buildOptions with { DevelopmentScript = DevServer.ScriptPath };
            if (build)
            {
                try { Site.Generator.Output.OutputGuard.Check(buildOptions); }
                catch (UsageException e)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                    return 2;
                }
            }
            var config = result.GetValue(netlify) ?? NetlifyHeaders.Find(buildOptions.InputDirectory, buildOptions.ThemeDirectory);
            if (config is not null && !File.Exists(config))
            {
                Console.Error.WriteLine($"error: --netlify-config {config}: no such file");
                return 2;
            }
            if (config is null)
                Console.Error.WriteLine($"warning: no netlify.toml found in {Path.GetFullPath(buildOptions.InputDirectory)} or any folder above it: " +
                                        "the preview sends NO security headers (no Content-Security-Policy), so it will not show what production blocks. " +
                                        "Pass --netlify-config PATH.");
            else Console.WriteLine($"Headers from {Path.GetFullPath(config)}");
            var server = new DevServer(buildOptions.OutputDirectory, portNumber, config is null ? new NetlifyHeaders() : NetlifyHeaders.Load(config), liveReload);
            using var watcher = build ? new RebuildLoop(buildOptions, server) : null;
            if (watcher is not null)
            {
                // Ctrl+C during the first build cancels it: its staging folder is deleted at once.
                if (!watcher.BuildOnce(stop)) { if (stop.IsCancellationRequested) return 130; if (!liveReload) return 1; }
                if (liveReload) watcher.Start();
            }
            else if (!File.Exists(Path.Combine(buildOptions.OutputDirectory, "index.html")))
            {
                Console.Error.WriteLine($"error: {Path.GetFullPath(buildOptions.OutputDirectory)} holds no built site (run 'site build' first)");
                return 1;
            }
            Console.WriteLine($"Serving {Path.GetFullPath(buildOptions.OutputDirectory)} at {server.Url}/ (Ctrl+C to stop)");
            await server.RunAsync(stop);
            return 0;
        });
        return command;
    }
}

/// <summary>
/// Watches the study and the theme; after a burst of changes settles, renders in memory the pages whose inputs
/// changed (the first build renders all), writes only the files that changed, reloads the pages, and then
/// refreshes the search index in the background.
/// An unchanged rebuild does nothing; a failed one leaves the last good site in place.
/// </summary>
public sealed class RebuildLoop(BuildOptions options, DevServer server) : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = new();
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(300);
    private readonly object _scheduling = new();
    private long _pendingSince;
    private Timer? _timer;
    private readonly object _gate = new();
    private string? _fingerprint;
    // What the last good build rendered and read: a rebuild renders only the pages whose inputs changed.
    private readonly RenderMemory _memory = new();

    /// <summary>The report of the last successful build or rebuild (its rendered pages, among others).</summary>
    public SiteBuilder.Report? LastReport { get; private set; }
    private Task _indexing = Task.CompletedTask;

    public void Start()
    {
        server.OutputLost = () => Rebuild();
        _timer = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var directory in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(directory)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            // The event queue overflowed (many files changed at once): events were lost, so look for ourselves.
            watcher.Error += (_, _) => Schedule();
            _watchers.Add(watcher);
        }
    }

    private void Changed(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal)) return;
        Schedule();
    }

    /// <summary>
    /// Rebuilds once a burst of changes settles (an editor may write a file in several steps), but never waits
    /// more than <see cref="MaxWait"/> after the first change: a file that keeps changing still shows.
    /// </summary>
    private void Schedule()
    {
        lock (_scheduling)
        {
            if (_pendingSince == 0) _pendingSince = Stopwatch.GetTimestamp();
            var delay = Stopwatch.GetElapsedTime(_pendingSince) > MaxWait ? TimeSpan.Zero : Settle;
            try { _timer?.Change(delay, Timeout.InfiniteTimeSpan); }
            catch (ObjectDisposedException) { } // stopped while a change came in
        }
    }

    /// <summary>Stops watching; a rebuild already running finishes.</summary>
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>The first build: complete and atomic, search index included.</summary>
    public bool BuildOnce(CancellationToken cancel = default) => Guard(() =>
    {
        var fingerprint = InputFingerprint.Compute(options);
        var report = new SiteBuilder(options).Build(_memory, cancel);
        _fingerprint = fingerprint;
        LastReport = report;
        Reporter.Diagnostics(report.Diagnostics);
        Console.WriteLine($"Built in {report.Elapsed.TotalMilliseconds:F0} ms");
    });

    /// <summary>Rebuilds after a change; true when the pages were told to reload.</summary>
    public bool Rebuild()
    {
        lock (_scheduling) _pendingSince = 0;
        lock (_gate)
        {
            var fingerprint = InputFingerprint.Compute(options);
            // A lost output (deleted while serving) is written whole again, whatever changed.
            var lost = !OutputMarker.IsIn(Path.GetFullPath(options.OutputDirectory));
            if (lost) _memory.Forget();
            else if (fingerprint == _fingerprint) return false;
            var reloaded = false;
            var started = Stopwatch.GetTimestamp();
            var shownAfter = TimeSpan.Zero;
            var ok = Guard(() =>
            {
                var openPages = server.OpenPages.Where(p => p.EndsWith('/')).Select(UrlScheme.FileOf).ToHashSet(StringComparer.Ordinal);
                var builder = new SiteBuilder(options);
                // The open pages are written and reloaded first; the rest of the site follows.
                var (report, changes) = builder.Update(openPages, () =>
                {
                    server.BuildSucceeded();
                    reloaded = true;
                    shownAfter = Stopwatch.GetElapsedTime(started);
                    server.WaitForReloads(TimeSpan.FromSeconds(1));
                }, _memory);
                _fingerprint = fingerprint;
                LastReport = report;
                Reporter.Diagnostics(report.Diagnostics);
                var first = reloaded ? $", open pages shown after {shownAfter.TotalMilliseconds:F0} ms" : "";
                Console.WriteLine($"Rebuilt in {report.Elapsed.TotalMilliseconds:F0} ms{first}: {report.RenderedPages?.Count} page(s) rendered, {changes.Written} file(s) written, {changes.Deleted} deleted");
            }, pagesChanged: () => reloaded);
            if (!ok)
            {
                // The error belongs to this input: restoring the last good one byte for byte must build again and clear it.
                _fingerprint = fingerprint;
                return false;
            }
            if (!reloaded) server.BuildSucceeded();
            if (options.BuildSearchIndex) RefreshSearchIndex();
            return true;
        }
    }

    private void RefreshSearchIndex()
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        var theme = Path.GetFullPath(options.ThemeDirectory);
        var explorerPath = LastReport!.ExplorerPath;
        _indexing = _indexing.ContinueWith(_ =>
        {
            try { Site.Generator.Search.Pagefind.Index(output, theme, explorerPath); }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"search index: {e.Message}"); }
        }, TaskScheduler.Default);
    }

    /// <param name="pagesChanged">True when the fast path already showed pages that the failure put back.</param>
    private bool Guard(Action build, Func<bool>? pagesChanged = null)
    {
        try
        {
            build();
            return true;
        }
        catch (BuildFailedException e)
        {
            Reporter.Diagnostics(e.Diagnostics);
            server.BuildFailed(string.Join("\n", e.Diagnostics.Select(d => d.Format(Directory.GetCurrentDirectory()))), pagesChanged?.Invoke() ?? false);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false; // stopping
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or UsageException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            server.BuildFailed(e.Message, pagesChanged?.Invoke() ?? false);
            return false;
        }
    }
}
