using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Site.Tests.Citations;

/// <summary>
/// citeproc-js itself (tests/citeproc-oracle.mjs, with the theme's pinned package and CSL files), rendering CSL items
/// one by one: what the site's styled citations must equal.
/// </summary>
public static class CiteprocOracle
{
    public sealed record Rendered(string Html, string Text, string InText);

    public static string StylePath(string id) => Path.Combine(Repository.Root, "theme", "csl", "styles", id + ".csl");

    /// <summary>Per style id, the rendering of each item, in order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Rendered>> Render(string locale, IReadOnlyList<string> styleIds, IReadOnlyList<JsonObject> items)
    {
        var request = new JsonObject
        {
            ["locale"] = locale,
            ["styles"] = new JsonArray(styleIds.Select(id => (JsonNode)StylePath(id)).ToArray()),
            ["items"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()),
        };
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(Repository.Root, "tests"),
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "citeproc-oracle.mjs"));
        Process process;
        try { process = Process.Start(start)!; }
        catch (Win32Exception e) { throw new InvalidOperationException("node is not on PATH: install Node.js 20, then run npm ci --prefix theme. " + e.Message, e); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(request.ToJsonString());
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(true); throw new TimeoutException("citeproc-oracle.mjs took over five minutes"); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"citeproc-oracle.mjs failed ({process.ExitCode}): {stderr.Result}");
            var answer = JsonNode.Parse(stdout.Result)!.AsObject();
            return styleIds.ToDictionary(id => id, id => (IReadOnlyList<Rendered>)answer[StylePath(id)]!.AsArray()
                .Select(r => new Rendered(r!["html"]!.GetValue<string>(), r["text"]!.GetValue<string>(), r["intext"]!.GetValue<string>())).ToList());
        }
    }
}
