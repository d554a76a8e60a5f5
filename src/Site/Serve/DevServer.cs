using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Serve;

/// <summary>
/// The preview server: serves the output folder on 127.0.0.1 with netlify.toml's headers, compressed with brotli or
/// gzip as Netlify's CDN does, and tells open pages to reload (or to show the build error) through server-sent
/// events (<see cref="ReloadHub"/>). Without live reload it serves the site exactly as production would: files
/// unchanged, with the Cache-Control of the site's _headers. It answers only requests addressed to itself by name (the Host header),
/// so a web page elsewhere cannot reach it through a DNS name rebound to 127.0.0.1.
/// </summary>
public sealed class DevServer(string outputDirectory, int port, NetlifyHeaders headers, bool liveReload = true)
{
    public const string EventsPath = "/__site/events";
    public const string ScriptPath = "/__site/live.js";

    private readonly ReloadHub _reloads = new();
    private readonly SiteFiles _files = new(outputDirectory);
    private readonly SiteHeaders _siteHeaders = new(outputDirectory);
    private readonly FileExtensionContentTypeProvider _types = new();

    public string Url => $"http://127.0.0.1:{port}";

    /// <summary>The diagnostics the open pages show over the last good build; null after a good build.</summary>
    public string? LastError => _reloads.LastError;

    /// <summary>Called when a request finds the output folder gone (deleted while serving): the preview writes it again.</summary>
    public Action? OutputLost { get; set; }

    /// <inheritdoc cref="ReloadHub.BuildSucceeded"/>
    public void BuildSucceeded() => _reloads.BuildSucceeded();

    /// <summary>
    /// Waits until the pages told to reload are back, or until <paramref name="limit"/>. The preview calls this
    /// before rendering the rest of the site, which would otherwise take every core while the browser asks for the
    /// page it was just told to reload.
    /// </summary>
    public void WaitForReloads(TimeSpan limit) => _reloads.WaitForReloads(limit);

    /// <inheritdoc cref="ReloadHub.BuildFailed"/>
    public void BuildFailed(string diagnostics, bool pagesRestored = false) => _reloads.BuildFailed(diagnostics, pagesRestored);

    /// <summary>The pages open in a browser, as request paths ("/quotes/x/"): the preview renders these first.</summary>
    public IReadOnlySet<string> OpenPages => _reloads.OpenPages;

    /// <summary>The names this server answers to: its address and localhost, on its port.</summary>
    public bool IsOwnHost(HostString host) =>
        host.Port == port && host.Host is "127.0.0.1" or "localhost" or "[::1]";

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
        app.Use(async (context, next) =>
        {
            if (!IsOwnHost(context.Request.Host))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                await context.Response.WriteAsync($"This preview answers only requests to {Url}.\n");
                return;
            }
            await next(context);
        });
        app.UseResponseCompression();
        if (liveReload)
        {
            app.MapGet(EventsPath, _reloads.Stream);
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

    private async Task ServeFile(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (!SiteFiles.IsSafe(path))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var file = _files.File(path);
        if (file is null && _files.IsFolder(path))
        {
            // The request's own path, still encoded: a safe path starts with one slash, so this stays on this host.
            context.Response.Redirect(context.Request.Path.ToUriComponent() + "/" + context.Request.QueryString, permanent: false);
            return;
        }
        if (file is null && OutputLost is { } rebuild && !Site.Generator.Output.OutputMarker.IsIn(_files.Root))
        {
            rebuild();
            file = _files.File(path);
        }
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = _files.File("/404.html");
        }
        // Netlify reads the site's _headers first, then netlify.toml's, which win where both set a header.
        foreach (var (key, value) in _siteHeaders.Current.For(path)) context.Response.Headers[key] = value;
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
        var generation = _reloads.Generation;
        var html = File.ReadAllText(file);
        return html.Replace($"src=\"{ScriptPath}\"", $"src=\"{ScriptPath}?generation={generation}\"", StringComparison.Ordinal);
    }
}
