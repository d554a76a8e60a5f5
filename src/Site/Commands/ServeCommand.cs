using System.CommandLine;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Serve;

namespace Site.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var netlify = new Option<string>("--netlify-config") { Description = "Read response headers from this file", DefaultValueFactory = _ => "netlify.toml" };
        var noReload = new Option<bool>("--no-reload") { Description = "Serve as production does: no live-reload script, no rebuilds, the Cache-Control of netlify.toml" };
        var noBuild = new Option<bool>("--no-build") { Description = "Serve the output folder as it is, without building it first (implies --no-reload)" };
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change to the study or the theme, and reload the open pages.");
        options.AddTo(command);
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
            var server = new DevServer(buildOptions.OutputDirectory, portNumber, NetlifyHeaders.Load(result.GetValue(netlify)!), liveReload);
            if (build)
            {
                var watcher = new RebuildLoop(buildOptions, server);
                if (!watcher.BuildOnce() && !liveReload) return 1;
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
/// Watches the study and the theme; after a burst of changes settles, renders the site in memory, writes only
/// the files that changed, reloads the pages, and then refreshes the search index in the background.
/// An unchanged rebuild does nothing; a failed one leaves the last good site in place.
/// </summary>
public sealed class RebuildLoop(BuildOptions options, DevServer server)
{
    private readonly List<FileSystemWatcher> _watchers = new();
    private Timer? _timer;
    private readonly object _gate = new();
    private string? _fingerprint;
    private Task _indexing = Task.CompletedTask;

    public void Start()
    {
        foreach (var directory in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(directory)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            _watchers.Add(watcher);
        }
        _timer = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
    }

    private void Changed(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal)) return;
        _timer?.Change(30, Timeout.Infinite); // let an editor finish writing
    }

    /// <summary>The first build: complete and atomic, search index included.</summary>
    public bool BuildOnce() => Guard(() =>
    {
        var fingerprint = InputFingerprint.Compute(options);
        var report = new SiteBuilder(options).Build();
        _fingerprint = fingerprint;
        Reporter.Diagnostics(report.Diagnostics);
        Console.WriteLine($"Built in {report.Elapsed.TotalMilliseconds:F0} ms");
    });

    /// <summary>Rebuilds after a change; true when the pages were told to reload.</summary>
    public bool Rebuild()
    {
        lock (_gate)
        {
            var fingerprint = InputFingerprint.Compute(options);
            if (fingerprint == _fingerprint) return false;
            var ok = Guard(() =>
            {
                var (report, changes) = new SiteBuilder(options).Update();
                _fingerprint = fingerprint;
                Reporter.Diagnostics(report.Diagnostics);
                Console.WriteLine($"Rebuilt in {report.Elapsed.TotalMilliseconds:F0} ms: {changes.Written} file(s) written, {changes.Deleted} deleted");
            });
            if (!ok) return false;
            server.BuildSucceeded();
            if (options.BuildSearchIndex) RefreshSearchIndex();
            return true;
        }
    }

    private void RefreshSearchIndex()
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        var theme = Path.GetFullPath(options.ThemeDirectory);
        _indexing = _indexing.ContinueWith(_ =>
        {
            try { Site.Generator.Search.Pagefind.Index(output, theme); }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"search index: {e.Message}"); }
        }, TaskScheduler.Default);
    }

    private bool Guard(Action build)
    {
        try
        {
            build();
            return true;
        }
        catch (BuildFailedException e)
        {
            Reporter.Diagnostics(e.Diagnostics);
            server.BuildFailed(string.Join("\n", e.Diagnostics.Select(d => d.Format(Directory.GetCurrentDirectory()))));
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            server.BuildFailed(e.Message);
            return false;
        }
    }
}
