using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// The preview serves what Netlify serves: brotli or gzip for clients that accept it (so page weights measured
/// locally are the real ones), netlify.toml's security headers on every response (so a Content-Security-Policy
/// violation shows in the preview), and, without live reload, the files as built with the Cache-Control of the site's _headers.
/// The live-reload event stream stays uncompressed, so its messages are never held back.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class CompressionAndCachingTests : IDisposable
{
    private const string Page = "<!doctype html><html lang=\"nb\"><head><title>Side</title><script src=\"/__site/live.js\" defer></script></head><body><p>Innhold</p></body></html>";
    private static readonly string Css = string.Concat(Enumerable.Repeat("main { max-width: 40rem; margin: 0 auto; }\n", 50));
    private readonly TempFolder _site = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _servers = new();

    public CompressionAndCachingTests()
    {
        File.WriteAllText(_site["index.html"], Page);
        Directory.CreateDirectory(_site["assets/css"]);
        File.WriteAllText(_site["assets/css/site.0123456789.css"], Css);
        File.WriteAllText(_site["_headers"], "# cache rules\n/*\n  Cache-Control: public, max-age=0, must-revalidate\n/assets/css/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    }

    private async Task<DevServer> Start(bool liveReload)
    {
        var server = new DevServer(_site.Path, ServedSite.FreePort(), NetlifyHeaders.Load(Path.Combine(Repository.Root, "netlify.toml")), liveReload);
        _servers.Add(server.RunAsync(_stop.Token));
        await ServedSite.WaitUntilUp(server.Url);
        return server;
    }

    private static async Task<HttpResponseMessage> Get(string url, string? acceptEncoding = null)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException($"unexpected encoding {other}"),
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task Pages_and_assets_are_compressed_when_the_client_accepts_it(string accepted, string expected)
    {
        var server = await Start(liveReload: false);
        foreach (var (path, text) in new[] { ("/", Page), ("/assets/css/site.0123456789.css", Css) })
        {
            using var response = await Get(server.Url + path, accepted);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([expected], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(text, await Decoded(response));
        }
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_the_file_as_it_is()
    {
        var server = await Start(liveReload: false);
        using var response = await Get(server.Url + "/assets/css/site.0123456789.css");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(Css, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_live_reload_files_are_served_as_built_with_the_cache_headers_of_the_sites_headers_file()
    {
        var server = await Start(liveReload: false);
        using var page = await Get(server.Url + "/", "gzip");
        Assert.Equal(Page, await Decoded(page)); // no generation mark
        Assert.Equal("public, max-age=0, must-revalidate", page.Headers.NonValidated["Cache-Control"].ToString());
        using var css = await Get(server.Url + "/assets/css/site.0123456789.css");
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.NonValidated["Cache-Control"].ToString());
        using var events = await Get(server.Url + DevServer.EventsPath);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pages_and_missing_pages_are_sent_with_the_security_headers_of_netlify_toml(bool liveReload)
    {
        // Read from netlify.toml directly, not through the server's own parser: the preview must send what Netlify sends.
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        var policy = Regex.Match(toml, "Content-Security-Policy = \"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("default-src 'none'", policy);
        var server = await Start(liveReload);
        foreach (var path in new[] { "/", "/assets/css/site.0123456789.css", "/finnes-ikke/" })
        {
            using var response = await Get(server.Url + path, "br");
            Assert.True(response.Headers.NonValidated.Contains("Content-Security-Policy"), $"{path} is sent without a Content-Security-Policy");
            Assert.Equal(policy, response.Headers.NonValidated["Content-Security-Policy"].ToString());
            Assert.Equal("nosniff", response.Headers.NonValidated["X-Content-Type-Options"].ToString());
            Assert.Equal("DENY", response.Headers.NonValidated["X-Frame-Options"].ToString());
        }
    }

    [Fact]
    public async Task With_live_reload_nothing_is_cached_and_the_event_stream_is_not_compressed()
    {
        var server = await Start(liveReload: true);
        using var css = await Get(server.Url + "/assets/css/site.0123456789.css", "gzip");
        Assert.Equal("no-cache", css.Headers.NonValidated["Cache-Control"].ToString());
        using var page = await Get(server.Url + "/", "br");
        Assert.Contains($"src=\"{DevServer.ScriptPath}?generation=0\"", await Decoded(page));

        using var events = await Get(server.Url + DevServer.EventsPath, "gzip, br");
        Assert.Empty(events.Content.Headers.ContentEncoding);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        var read = Task.Run(async () =>
        {
            string? line;
            while ((line = await reader.ReadLineAsync()) is not null) if (line == "event: generation") return line;
            return null;
        });
        Assert.Same(read, await Task.WhenAny(read, Task.Delay(10_000)));
        Assert.Equal("event: generation", await read);
    }

    public void Dispose()
    {
        _stop.Cancel();
        Task.WaitAll(_servers.ToArray(), TimeSpan.FromSeconds(10));
        _site.Dispose();
    }
}
