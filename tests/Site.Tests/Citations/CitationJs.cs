using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Site.Tests.Citations;

/// <summary>
/// citation-js (npm, pinned in tests/package.json) run by node through tests/citation-check.mjs: the independent
/// reader the citation tests compare our output with. One node process per batch; JSON in on stdin, JSON out on stdout.
/// </summary>
public static class CitationJs
{
    public const string InstallHint = "citation-js is missing from tests/node_modules: run 'bash tests/install-test-tools.sh' (or 'npm ci --prefix tests') from the repository root, then run the tests again.";

    private static readonly string[] Packages = ["core", "plugin-bibtex", "plugin-ris", "plugin-csl"];
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string TestsFolder => Path.Combine(Repository.Root, "tests");
    private static string Script => Path.Combine(TestsFolder, "citation-check.mjs");

    /// <summary>What to read: any of the three formats as text, and CSL-JSON to render in citation-js's APA style.</summary>
    public sealed record Request(string? Bibtex = null, string? Ris = null, string? Csl = null, string? Apa = null);

    /// <summary>One answer per request: the CSL items citation-js read from each format, the APA text, or an error.</summary>
    public sealed class Answer(JsonObject json)
    {
        public string? Error => json["error"]?.GetValue<string>();
        public string? Apa => json["apa"]?.GetValue<string>();
        public IReadOnlyList<JsonObject> Items(string format) =>
            json[format]?.AsArray().Select(item => item!.AsObject()).ToList() ?? throw new InvalidOperationException($"citation-js gave no {format} items: {json.ToJsonString()}");
    }

    public static Answer Read(Request request) => Read([request])[0];

    public static IReadOnlyList<Answer> Read(IReadOnlyList<Request> requests)
    {
        var missing = Packages.Where(p => !File.Exists(Path.Combine(TestsFolder, "node_modules", "@citation-js", p, "package.json"))).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"{InstallHint} (missing: {string.Join(", ", missing.Select(p => "@citation-js/" + p))})");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = TestsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script);

        Process process;
        try { process = Process.Start(start) ?? throw new InvalidOperationException("node did not start."); }
        catch (Win32Exception e) { throw new InvalidOperationException("node is not on PATH: install Node.js 20 (the citation tests run citation-js with it). " + e.Message, e); }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(requests, Json));
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("citation-check.mjs did not finish within two minutes.");
            }
            if (process.ExitCode == 2) throw new InvalidOperationException($"{InstallHint}\n{stderr.Result}");
            if (process.ExitCode != 0) throw new InvalidOperationException($"citation-check.mjs failed (exit code {process.ExitCode}):\n{stderr.Result}\n{stdout.Result}");

            var answers = JsonNode.Parse(stdout.Result)?.AsArray() ?? throw new InvalidOperationException("citation-check.mjs wrote no JSON.");
            if (answers.Count != requests.Count) throw new InvalidOperationException($"citation-check.mjs answered {answers.Count} of {requests.Count} requests.");
            return answers.Select(a => new Answer(a!.AsObject())).ToList();
        }
    }
}
