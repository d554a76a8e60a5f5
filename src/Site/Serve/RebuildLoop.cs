using System.Diagnostics;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Incremental;
using Site.Generator.Output;
using Site.Commands;
using Site.Generator.Urls;

namespace Site.Serve;

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

    /// <summary>Print where the time of each rebuild went (<c>serve --timings</c>).</summary>
    public bool PrintTimings { get; init; }
    private Task _indexing = Task.CompletedTask;

    /// <summary>What the privacy check found in the last refreshed search index, which was then deleted; else empty.</summary>
    public IReadOnlyList<Diagnostic> SearchIndexRefused { get; private set; } = [];

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
                if (PrintTimings) BuildCommand.PrintTimings(builder.Timings);
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

    /// <summary>
    /// Indexes the served site again, in the background, with the build's privacy check over the index. An index
    /// that fails the check is deleted: the preview then searches without it rather than show what it holds.
    /// Every successful rebuild calls it; the task completes when the index is written (or deleted).
    /// </summary>
    public Task RefreshSearchIndex()
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        var report = LastReport!;
        _indexing = _indexing.ContinueWith(_ =>
        {
            try
            {
                new SiteBuilder(options).IndexSearch(output, report.ExplorerPath, report.Contacts);
                SearchIndexRefused = [];
            }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"search index: {e.Message}"); }
            catch (BuildFailedException e)
            {
                SearchIndexRefused = e.Diagnostics;
                Reporter.Diagnostics(e.Diagnostics);
                Console.Error.WriteLine("search index: deleted, since it holds what the site may not publish");
                try { Directory.Delete(Path.Combine(output, Site.Generator.Search.Pagefind.OutputFolder), recursive: true); }
                catch (DirectoryNotFoundException) { }
            }
        }, TaskScheduler.Default);
        return _indexing;
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
