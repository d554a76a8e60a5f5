using System.Net;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// The preview server on hostile requests: it never redirects to another host, answers a malformed path with 400
/// rather than a server error, and refuses a request addressed to another name (DNS rebinding), while ordinary
/// requests, the folder redirect included, keep working.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class DevServerSafetyTests : IAsyncLifetime
{
    private readonly TempFolder _site = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;
    private DevServer _server = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_site["quotes/a"]);
        File.WriteAllText(_site["quotes/a/index.html"], "<!doctype html><title>a</title>");
        File.WriteAllText(_site["404.html"], "<!doctype html><title>not found</title>");
        _server = new DevServer(_site.Path, ServedSite.FreePort(), new NetlifyHeaders(), liveReload: false);
        _running = _server.RunAsync(_stop.Token);
        await ServedSite.WaitUntilUp(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _stop.Cancel();
        if (_running is not null) await _running;
        _http.Dispose();
        _site.Dispose();
    }

    private Task<HttpResponseMessage> Get(string pathAndQuery, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Url + pathAndQuery));
        if (host is not null) request.Headers.Host = host;
        return _http.SendAsync(request);
    }

    [Theory]
    [InlineData("/%2F%2Fevil.example%2F..%2Fquotes")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/%5C%5Cevil.example")]
    [InlineData("/%5Cevil.example%2Fquotes")]
    public async Task A_path_that_reads_as_another_host_is_never_redirected(string path)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/quotes%0d%0aSet-Cookie:%20x=1")]
    [InlineData("/quotes/a/%00")]
    public async Task A_control_character_in_the_path_is_a_bad_request_not_a_server_error(string path)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebound.example.com:80")]
    [InlineData("127.0.0.1:1")]
    public async Task A_request_addressed_to_another_name_is_refused(string host)
    {
        using var response = await Get("/quotes/a/", host);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("<title>a</title>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ordinary_requests_are_answered_and_a_folder_redirects_to_its_own_path()
    {
        using var page = await Get("/quotes/a/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var localhost = await Get("/quotes/a/", $"localhost:{new Uri(_server.Url).Port}");
        Assert.Equal(HttpStatusCode.OK, localhost.StatusCode);
        using var folder = await Get("/quotes/a?x=1");
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/quotes/a/?x=1", folder.Headers.Location?.OriginalString);
        using var missing = await Get("/nothing/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not found", await missing.Content.ReadAsStringAsync());
    }
}
