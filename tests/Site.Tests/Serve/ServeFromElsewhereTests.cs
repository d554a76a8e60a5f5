using System.Diagnostics;
using System.Globalization;

namespace Site.Tests.Serve;

/// <summary>
/// `serve` started from another working directory still sends the project's security headers: it finds the
/// netlify.toml from the study's location. Without one anywhere, it says so loudly instead of serving silently
/// without a Content-Security-Policy.
/// </summary>
public sealed class ServeFromElsewhereTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(HttpResponseMessage Page, string Error)> Serve(string input)
    {
        // The theme copied too: the repository's own theme has the repository's netlify.toml above it.
        var theme = _folder["theme"];
        StudyCopy.CopyDirectory(Repository.Theme, theme, skip: "node_modules");
        var elsewhere = _folder["elsewhere"];
        Directory.CreateDirectory(elsewhere);
        var port = ServedSite.FreePort();
        var start = SiteCli.StartInfo(elsewhere, ["serve", "--input", input, "--theme", theme, "--output", _folder["site"],
            "--no-search-index", "--no-reload", "--port", port.ToString(CultureInfo.InvariantCulture)]);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            var url = $"http://127.0.0.1:{port}/";
            using var http = new HttpClient();
            HttpResponseMessage? page = null;
            for (var i = 0; i < 600 && page is null && !process.HasExited; i++)
            {
                try { page = await http.GetAsync(url); }
                catch (HttpRequestException) { await Task.Delay(100); }
            }
            Assert.True(page is not null, $"serve did not start: {(process.HasExited ? await error : "")}");
            process.Kill();
            await process.WaitForExitAsync();
            return (page, await error);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    [Fact]
    public async Task Serve_from_another_directory_sends_the_csp_of_the_projects_netlify_toml()
    {
        var project = _folder["project"];
        StudyCopy.CopyDirectory(Repository.TinyStudy, Path.Combine(project, "input"));
        File.Copy(Path.Combine(Repository.Root, "netlify.toml"), Path.Combine(project, "netlify.toml"));
        var csp = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")),
            "Content-Security-Policy = \"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("default-src 'none'", csp);

        var (page, _) = await Serve(Path.Combine(project, "input"));

        Assert.True(page.Headers.TryGetValues("Content-Security-Policy", out var values), "/ is sent without a Content-Security-Policy");
        Assert.Equal(csp, Assert.Single(values));
    }

    [Fact]
    public async Task Serve_without_any_netlify_toml_warns_that_no_security_headers_are_sent()
    {
        var input = _folder["input"]; // no netlify.toml in the temp folder or above it
        StudyCopy.CopyDirectory(Repository.TinyStudy, input);
        Assert.Null(Site.Serve.NetlifyHeaders.Find(input, input));

        var (page, error) = await Serve(input);

        Assert.False(page.Headers.Contains("Content-Security-Policy"));
        Assert.Contains("NO security headers", error);
    }
}
