using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Site.Serve;

/// <summary>
/// The preview server: serves the output folder on 127.0.0.1 with netlify.toml's headers, and tells open pages
/// to reload (or to show the build error) through server-sent events.
/// </summary>
public sealed class DevServer(string outputDirectory, int port, NetlifyHeaders headers)
{
    public const string EventsPath = "/__site/events";
    public const string ScriptPath = "/__site/live.js";

    private readonly List<Channel<string>> _clients = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly string _root = Path.GetFullPath(outputDirectory);

    public string Url => $"http://127.0.0.1:{port}";

    /// <summary>Tells every open page what happened: "reload", or "error" with the diagnostics.</summary>
    public void Broadcast(string eventName, string data)
    {
        var message = $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";
        lock (_clients) foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(Url);
        var app = builder.Build();
        app.MapGet(EventsPath, Events);
        app.MapGet(ScriptPath, async context =>
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReloadScript.Text);
        });
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
        lock (_clients) _clients.Add(channel);
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
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Resolve("/404.html");
        }
        foreach (var (key, value) in headers.For(path)) context.Response.Headers[key] = value;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.StatusCode = status;
        if (file is null) return;
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal) && !context.Response.ContentType.Contains("charset"))
            context.Response.ContentType += "; charset=utf-8";
        await context.Response.SendFileAsync(file);
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
