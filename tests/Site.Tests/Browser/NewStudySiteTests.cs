using Microsoft.Playwright;
using Site.Generator.Build;
using Site.Serve;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The study <c>site new</c> writes for each coding method passes the checks the thesis passes, over its whole site:
/// it builds with no diagnostic (which includes the link check), the Nu checker finds no HTML error on any page, and
/// axe finds no WCAG or best-practice violation and the page no console error on any page, served with
/// netlify.toml's headers: every other page on a phone in light colours, the rest on a desktop in dark ones (each
/// page once keeps the run short; the thesis's pages are checked in all four).
/// </summary>
public sealed class NewStudySiteTests(NewStudySiteTests.Studies studies) : IClassFixture<NewStudySiteTests.Studies>
{
    public static readonly string[] Methods = ["thematic", "gioia", "flat"];

    [Theory]
    [InlineData("thematic")]
    [InlineData("gioia")]
    [InlineData("flat")]
    public void Every_page_is_valid_html(string method)
    {
        var output = studies.Output(method);
        var errors = HtmlValidityTests.Check(output).Where(m => m.Type == "error" || m.SubType == "fatal").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join("\n", errors.Take(40).Select(e => e.ToString(output))));
    }

    [Theory]
    [InlineData("thematic")]
    [InlineData("gioia")]
    [InlineData("flat")]
    public async Task Every_page_passes_axe_with_no_console_error_on_a_phone_or_in_dark_on_a_desktop(string method)
    {
        var output = studies.Output(method);
        var pages = Directory.GetFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(folder => folder == "." ? "/" : $"/{folder}/")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 15, $"only {pages.Count} pages");
        var checks = pages.Append("/no-such-page/").Select((page, i) => (Page: page, Scheme: i % 2 == 0 ? ColorScheme.Light : ColorScheme.Dark, Width: i % 2 == 0 ? 390 : 1280));
        // A few pages at a time: the browser waits on axe's script most of the time.
        using var slots = new SemaphoreSlim(3);
        var found = await Task.WhenAll(checks.Select(async check =>
        {
            await slots.WaitAsync();
            try
            {
                var url = studies.BaseUrl(method) + check.Page;
                return (await AxeCheck.ProblemsAsync(studies.Browser.Instance, url, check.Scheme, check.Width, expectNotFound: check.Page == "/no-such-page/")).Select(p => $"{check.Page} {p}");
            }
            finally { slots.Release(); }
        }));
        var problems = found.SelectMany(p => p).ToList();
        Assert.True(problems.Count == 0, $"{method}:\n" + string.Join("\n", problems));
    }

    /// <summary>One new study per method, written by the real command line, built with its search index, and served.</summary>
    public sealed class Studies : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Dictionary<string, DevServer> _servers = new(StringComparer.Ordinal);
        private readonly List<Task> _running = new();

        public Support.Browser Browser { get; } = new();

        public string Output(string method) => _folder[$"{method}/out"];

        public string BaseUrl(string method) => _servers[method].Url.TrimEnd('/');

        public async Task InitializeAsync()
        {
            foreach (var method in Methods)
            {
                var (code, _, error) = SiteCli.Run(Repository.Root, "new", _folder[$"{method}/study"], "--method", method, "--language", "en");
                Assert.True(code == 0, error);
                var report = new SiteBuilder(BuiltSite.Options(_folder[$"{method}/study"], Output(method)) with { DisplayRoot = _folder.Path }).Build();
                Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
                var server = new DevServer(Output(method), ServedSite.FreePort(), NetlifyHeaders.Load(Path.Combine(Repository.Root, "netlify.toml")));
                _servers[method] = server;
                _running.Add(server.RunAsync(_stop.Token));
                await ServedSite.WaitUntilUp(server.Url);
            }
            await Browser.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            _stop.Cancel();
            await Task.WhenAll(_running);
            _folder.Dispose();
        }
    }
}
