using System.CommandLine;
using Site.Commands;
using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Serve;

public static class ServeCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var netlify = new Option<string?>("--netlify-config") { Description = "Read response headers from this file (default: the netlify.toml of the study's project, found from --input upwards)" };
        var noReload = new Option<bool>("--no-reload") { Description = "Serve as production does: no live-reload script, no rebuilds, the Cache-Control of netlify.toml" };
        var noBuild = new Option<bool>("--no-build") { Description = "Serve the output folder as it is, without building it first (implies --no-reload)" };
        var timings = new Option<bool>("--timings") { Description = "After each rebuild, print where the time went" };
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change to the study or the theme, and reload the open pages.");
        options.AddTo(command, SiteOptions.Documents.OnDemand);
        command.Options.Add(port);
        command.Options.Add(netlify);
        command.Options.Add(noReload);
        command.Options.Add(noBuild);
        command.Options.Add(timings);
        command.SetAction(async (result, stop) =>
        {
            var portNumber = result.GetValue(port);
            var build = !result.GetValue(noBuild);
            var liveReload = build && !result.GetValue(noReload);
            var buildOptions = options.Read(result, $"http://127.0.0.1:{portNumber}");
            if (liveReload) buildOptions = buildOptions with { DevelopmentScript = DevServer.ScriptPath };
            if (build)
            {
                try { buildOptions.CheckOutput(); }
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
            using var watcher = build ? new RebuildLoop(buildOptions, server) { PrintTimings = result.GetValue(timings) } : null;
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
