using Site.Commands;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// `serve` end to end in Chromium: saving a file rebuilds the site and reloads the open page; a broken file shows
/// an overlay in the page while the last good site keeps being served.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private readonly StudyCopy _study = new();
    private readonly Support.Browser _browser = new();
    private readonly CancellationTokenSource _stop = new();
    private DevServer _server = null!;
    private RebuildLoop _loop = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var options = _study.Options() with { DevelopmentScript = DevServer.ScriptPath };
        _server = new DevServer(options.OutputDirectory, ServedSite.FreePort(), NetlifyHeaders.Load(Path.Combine(Repository.Root, "netlify.toml")));
        _loop = new RebuildLoop(options, _server);
        Assert.True(_loop.BuildOnce());
        _loop.Start();
        _running = _server.RunAsync(_stop.Token);
        await ServedSite.WaitUntilUp(_server.Url);
        await _browser.InitializeAsync();
    }

    [Fact]
    public async Task Saving_a_quote_reloads_the_page_and_a_broken_file_shows_an_overlay()
    {
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync(_server.Url + "/sitater/lise-moter/");
        await page.WaitForFunctionAsync("() => document.querySelector('.quote-hero')?.textContent.includes('Vi møtes hver fredag')");
        await Task.Delay(300); // let the event stream connect

        _study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver torsdag");
        await page.WaitForFunctionAsync("() => document.querySelector('.quote-hero')?.textContent.includes('Vi møtes hver torsdag')", null, new() { Timeout = 30_000 });

        _study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: lisa");
        var overlay = await page.WaitForSelectorAsync("#site-build-error", new() { Timeout = 30_000 });
        Assert.Contains("unknown informant 'lisa'", await overlay!.TextContentAsync());

        using var http = new HttpClient();
        var served = await http.GetStringAsync(_server.Url + "/sitater/lise-moter/");
        Assert.Contains("Vi møtes hver torsdag", served);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_page_whose_event_stream_connects_only_after_the_rebuild_still_reloads()
    {
        var page = await _browser.NewPageAsync();
        var rebuilt = new TaskCompletionSource();
        // Hold the page's event stream back until the rebuild is over, as a slow machine might.
        await page.RouteAsync("**/__site/events", async route =>
        {
            await rebuilt.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(_server.Url + "/sitater/lise-moter/");
        Assert.Contains("Vi møtes hver fredag", await page.Locator(".quote-hero").TextContentAsync());

        _study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver torsdag");
        using var http = new HttpClient();
        for (var attempt = 0; !(await http.GetStringAsync(_server.Url + "/sitater/lise-moter/")).Contains("torsdag"); attempt++)
        {
            Assert.True(attempt < 600, "the preview did not rebuild within 60 seconds");
            await Task.Delay(100);
        }
        rebuilt.SetResult();

        await page.WaitForFunctionAsync("() => document.querySelector('.quote-hero')?.textContent.includes('Vi møtes hver torsdag')", null, new() { Timeout = 30_000 });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _loop.Dispose();
        _stop.Cancel();
        await _running;
        _study.Dispose();
    }
}
