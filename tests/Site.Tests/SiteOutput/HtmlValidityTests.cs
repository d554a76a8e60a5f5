using System.Diagnostics;
using System.Text.Json;

namespace Site.Tests.SiteOutput;

/// <summary>
/// Every page is valid HTML according to the W3C Nu HTML checker (vnu.jar, the npm package vnu-jar pinned in
/// tests/package.json). It runs once over the whole output folder, which takes seconds, not one run per page.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSite site)
{
    public static string VnuJar => Path.Combine(Repository.Root, "tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void The_nu_html_checker_finds_no_errors_on_any_page()
    {
        var messages = Check(site.Output);

        var errors = messages.Where(m => m.Type == "error" || m.SubType == "fatal").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join("\n", errors.Take(40).Select(e => e.ToString(site.Output))));
    }

    /// <summary>Runs the checker over a folder and returns what it reports (errors only).</summary>
    public static IReadOnlyList<Message> Check(string directory)
    {
        if (!File.Exists(VnuJar)) throw new InvalidOperationException($"{VnuJar} is missing: run 'npm ci --prefix tests'.");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", directory }) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stdout.Wait();

        // The checker writes its JSON report to standard error; anything else there means it did not run.
        if (!report.TrimStart().StartsWith('{')) throw new InvalidOperationException($"vnu.jar did not report (exit {process.ExitCode}): {report}{stdout.Result}");
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(Message.From).ToList();
    }

    public sealed record Message(string Type, string? SubType, string Url, int? Line, string Text, string? Extract)
    {
        public static Message From(JsonElement m) => new(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
            m.TryGetProperty("url", out var url) ? url.GetString()! : "",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
            m.GetProperty("message").GetString()!,
            m.TryGetProperty("extract", out var extract) ? extract.GetString() : null);

        public string ToString(string root)
        {
            // vnu names files as file:/abs/path (one slash), which System.Uri does not parse.
            var file = Url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(root, Uri.UnescapeDataString(Url["file:".Length..]).TrimStart('/').Insert(0, "/")) : Url;
            return $"{file}:{Line}: {Text} [{Extract?.ReplaceLineEndings(" ").Trim()}]";
        }
    }
}
