using System.Globalization;
using System.IO.Compression;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Serve;

/// <summary>
/// The preview server: serves the output folder on 127.0.0.1 with netlify.toml's headers, compressed with brotli or
/// gzip as Netlify's CDN does, and tells open pages to reload (or to show the build error) through server-sent events.
/// Without live reload it serves the site exactly as production would: files unchanged, netlify.toml's Cache-Control.
/// </summary>
public sealed class DevServer(string outputDirectory, int port, NetlifyHeaders headers, bool liveReload = true)
{
    public const string EventsPath = "/__site/events";
    public const string ScriptPath = "/__site/live.js";

    private readonly Dictionary<Channel<string>, string> _clients = new();
    private readonly object _state = new();
    private int _generation;
    private int _awaitingReconnects;
    private int _reconnects;
    private string? _lastError;
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly string _root = Path.GetFullPath(outputDirectory);

    public string Url => $"http://127.0.0.1:{port}";

    /// <summary>The diagnostics the open pages show over the last good build; null after a good build.</summary>
    public string? LastError { get { lock (_state) return _lastError; } }

    /// <summary>Called when a request finds the output folder gone (deleted while serving): the preview writes it again.</summary>
    public Action? OutputLost { get; set; }

    /// <summary>
    /// The site on disk changed: every open page reloads. Each success starts a new generation, and every HTML
    /// page is served with the generation it belongs to, so a page whose event stream connects only after the
    /// rebuild still learns that it is stale (see <see cref="Events"/>) instead of missing the reload.
    /// </summary>
    public void BuildSucceeded()
    {
        lock (_state)
        {
            _generation++;
            _lastError = null;
            lock (_clients) _awaitingReconnects = _clients.Count;
            _reconnects = 0;
            Send(Message("reload", _generation.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// Waits until the pages told to reload are back (a reloaded page opens its event stream again), or until
    /// <paramref name="limit"/>. The preview calls this before rendering the rest of the site, which would
    /// otherwise take every core while the browser asks for the page it was just told to reload.
    /// </summary>
    public void WaitForReloads(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        lock (_state)
        {
            while (_reconnects < _awaitingReconnects)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_state, left)) return;
            }
        }
    }

    /// <summary>
    /// The rebuild failed: every open page shows the diagnostics over the last good site. When pages shown early
    /// were put back (<paramref name="pagesRestored"/>), the pages reload first and get the error as they reconnect.
    /// </summary>
    public void BuildFailed(string diagnostics, bool pagesRestored = false)
    {
        lock (_state)
        {
            _lastError = diagnostics;
            if (pagesRestored)
            {
                _generation++;
                Send(Message("reload", _generation.ToString(CultureInfo.InvariantCulture)));
            }
            else Send(Message("error", diagnostics));
        }
    }

    private static string Message(string eventName, string data) =>
        $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";

    private void Send(string message)
    {
        lock (_clients) foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>The pages open in a browser, as request paths ("/quotes/x/"): the preview renders these first.</summary>
    public IReadOnlySet<string> OpenPages
    {
        get { lock (_clients) return _clients.Values.Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal); }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        // The empty builder: no configuration files, so no file watchers on the working folder of their own
        // (they share the process's one inotify queue with the study's watchers), and no console logging.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(Url);
        builder.Services.AddRoutingCore();
        builder.Services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            // The default list (HTML, CSS, JavaScript, JSON, XML, wasm) and the other text the site has.
            // The event stream is not in it: compressing it would hold the messages back.
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        var app = builder.Build();
        app.UseResponseCompression();
        if (liveReload)
        {
            app.MapGet(EventsPath, Events);
            app.MapGet(ScriptPath, async context =>
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Text);
            });
        }
        app.MapFallback("{**path}", ServeFile);
        await app.StartAsync(stop);
        // Ctrl+C and SIGTERM reach the web host's own lifetime first, so wait for either to ask for a stop.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, app.Lifetime.ApplicationStopping);
        try { await Task.Delay(Timeout.Infinite, stopping.Token); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_state)
        {
            // The current generation first: the page reloads if it was served before the latest rebuild.
            channel.Writer.TryWrite(Message("generation", _generation.ToString(CultureInfo.InvariantCulture)));
            if (_lastError is not null) channel.Writer.TryWrite(Message("error", _lastError));
            _reconnects++;
            Monitor.PulseAll(_state);
            lock (_clients) _clients.Add(channel, context.Request.Query["page"].ToString());
        }
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally { lock (_clients) _clients.Remove(channel); }
    }

    private async Task ServeFile(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var file = Resolve(path);
        if (file is null && !path.EndsWith('/') && Directory.Exists(Combine(path)))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return;
        }
        if (file is null && OutputLost is { } rebuild && !Site.Generator.Output.OutputMarker.IsIn(_root))
        {
            rebuild();
            file = Resolve(path);
        }
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Resolve("/404.html");
        }
        foreach (var (key, value) in headers.For(path)) context.Response.Headers[key] = value;
        // The preview rewrites files in place, so the browser must ask again every time.
        if (liveReload) context.Response.Headers.CacheControl = "no-cache";
        context.Response.StatusCode = status;
        if (file is null) return;
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal) && !context.Response.ContentType.Contains("charset"))
            context.Response.ContentType += "; charset=utf-8";
        if (liveReload && file.EndsWith(".html", StringComparison.Ordinal)) await context.Response.WriteAsync(StampGeneration(file));
        else await context.Response.SendFileAsync(file);
    }

    /// <summary>
    /// The page with the live-reload script's address marked with the current generation. The generation is read
    /// before the file, so the mark is never newer than the content; at worst a page reloads once too often.
    /// </summary>
    private string StampGeneration(string file)
    {
        int generation;
        lock (_state) generation = _generation;
        var html = File.ReadAllText(file);
        return html.Replace($"src=\"{ScriptPath}\"", $"src=\"{ScriptPath}?generation={generation}\"", StringComparison.Ordinal);
    }

    private string? Resolve(string path)
    {
        var candidate = Combine(path.EndsWith('/') ? path + "index.html" : path);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    /// <summary>The file under the output folder for a request path; null for a path that would leave it.</summary>
    private string? Combine(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
