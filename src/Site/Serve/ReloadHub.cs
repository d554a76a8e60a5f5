using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Site.Serve;

/// <summary>
/// The live-reload side of the preview: the open pages' event streams, the generation of the site they were served
/// from, the last build error they show, and the handshake that waits for reloaded pages to come back.
/// </summary>
public sealed class ReloadHub
{
    private readonly Dictionary<Channel<string>, string> _clients = new();
    private readonly object _state = new();
    private int _generation;
    private int _awaitingReconnects;
    private int _reconnects;
    private string? _lastError;

    /// <summary>The generation pages are served with now.</summary>
    public int Generation { get { lock (_state) return _generation; } }

    public string? LastError { get { lock (_state) return _lastError; } }

    /// <summary>The pages open in a browser, as request paths ("/quotes/x/").</summary>
    public IReadOnlySet<string> OpenPages
    {
        get { lock (_clients) return _clients.Values.Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal); }
    }

    /// <summary>
    /// The site on disk changed: every open page reloads. Each success starts a new generation, and every HTML
    /// page is served with the generation it belongs to, so a page whose event stream connects only after the
    /// rebuild still learns that it is stale (see <see cref="Stream"/>) instead of missing the reload.
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
    /// The rebuild failed: every open page shows the diagnostics over the last good site. When pages shown early
    /// were put back (<paramref name="pagesRestored"/>), the pages reload first and get the error as they reconnect.
    /// </summary>
    public void BuildFailed(string diagnostics, bool pagesRestored)
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

    /// <summary>Waits until the pages told to reload are back (a reloaded page opens its stream again), or until the limit.</summary>
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

    /// <summary>One page's event stream, open until the page goes away.</summary>
    public async Task Stream(HttpContext context)
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

    private static string Message(string eventName, string data) =>
        $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";

    private void Send(string message)
    {
        lock (_clients) foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }
}
