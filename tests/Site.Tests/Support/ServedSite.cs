using System.Net;
using System.Net.Sockets;
using Site.Serve;

namespace Site.Tests.Support;

/// <summary>The built thesis served over http on a free loopback port, with netlify.toml's headers, as `serve` would.</summary>
public sealed class ServedSite : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _server;

    public BuiltSite Site { get; } = new();
    public Browser Browser { get; } = new();
    public DevServer Server { get; private set; } = null!;
    public string BaseUrl => Server.Url;

    public async Task InitializeAsync()
    {
        Server = new DevServer(Site.Output, FreePort(), NetlifyHeaders.Load(Path.Combine(Repository.Root, "netlify.toml")));
        _server = Server.RunAsync(_stop.Token);
        await WaitUntilUp(BaseUrl);
        await Browser.InitializeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitUntilUp(string url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try { await http.GetAsync(url); return; }
            catch (HttpRequestException) { await Task.Delay(50); }
        }
        throw new TimeoutException($"The server at {url} did not start.");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _stop.Cancel();
        if (_server is not null) await _server;
        Site.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "served thesis";
}
