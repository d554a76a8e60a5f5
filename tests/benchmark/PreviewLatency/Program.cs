using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.Commands;
using Site.Generator.Build;
using Site.Serve;

// Edit one quote of the study N times while a page shows it, and measure the time from saving the file to the
// browser showing the new text (file watcher, rebuild, reload). Prints each sample and the median.
var repository = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var edits = args.Length > 1 ? int.Parse(args[1]) : 20;
var work = Path.Combine(Path.GetTempPath(), "preview-latency-" + Environment.ProcessId);
// A third argument names another study to edit (e.g. one written by tools/Site.Synthetic); else input/.
CopyDirectory(args.Length > 2 ? args[2] : Path.Combine(repository, "input"), Path.Combine(work, "input"));
var options = new BuildOptions
{
    InputDirectory = Path.Combine(work, "input"),
    ThemeDirectory = Path.Combine(repository, "theme"),
    OutputDirectory = Path.Combine(work, "output"),
    DisplayRoot = work,
    DevelopmentScript = DevServer.ScriptPath,
};
var port = FreePort();
var server = new DevServer(options.OutputDirectory, port, NetlifyHeaders.Load(Path.Combine(repository, "netlify.toml")));
var loop = new RebuildLoop(options, server);
if (!loop.BuildOnce()) return 1;
loop.Start();
using var stop = new CancellationTokenSource();
var running = server.RunAsync(stop.Token);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
var page = await browser.NewPageAsync();

// The first quote of the study, edited by appending a marker to its text (the verbatim check is off for copies without source).
var quoteFile = Directory.GetFiles(Path.Combine(work, "input", "quotes"), "*.yml").Order(StringComparer.Ordinal).First();
var sourceDirectory = Path.Combine(work, "input", "source");
if (Directory.Exists(sourceDirectory)) Directory.Delete(sourceDirectory, true);
loop.Rebuild();
var yaml = await File.ReadAllTextAsync(quoteFile);
var id = yaml.Split("- id: ")[1].Split('\n')[0].Trim();
var textLine = yaml.Split('\n').First(l => l.TrimStart().StartsWith("text:", StringComparison.Ordinal));
await page.GotoAsync($"{server.Url}/sitater/{id}/");
await Task.Delay(500);

var samples = new List<double>();
var detectedSamples = new List<double>();
// When the browser asked for the page again: splits each sample into "until the reload" and "the reload itself".
var clockForRequests = Stopwatch.StartNew();
double lastPageRequest = 0;
page.Request += (_, request) => { if (request.IsNavigationRequest) lastPageRequest = clockForRequests.Elapsed.TotalMilliseconds; };
for (var i = 1; i <= edits; i++)
{
    var marker = $"måling{i}";
    // Inside the quotes when the text is quoted, so that the YAML stays valid.
    var trimmed = textLine.TrimEnd();
    var editedLine = trimmed.EndsWith('"') ? trimmed[..^1] + " " + marker + "\"" : trimmed + " " + marker;
    var edited = yaml.Replace(textLine, editedLine);
    var clock = Stopwatch.StartNew();
    var saved = clockForRequests.Elapsed.TotalMilliseconds;
    var savedAt = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
    await File.WriteAllTextAsync(quoteFile, edited);
    await page.WaitForFunctionAsync($"() => document.body.textContent.includes('{marker}')", null, new() { Timeout = 30_000, PollingInterval = 5 });
    var detected = clock.Elapsed.TotalMilliseconds;
    // The moment the new page was ready to read (DOMContentLoaded), on the same clock as the save. Playwright
    // notices it later: it finds a new document only after the navigation, so its time is reported apart.
    var readyAt = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
    var shown = readyAt - savedAt;
    samples.Add(shown);
    detectedSamples.Add(detected);
    Console.WriteLine($"edit {i}: shown {shown:F0} ms after the save (page requested at {lastPageRequest - saved:F0} ms; Playwright saw it at {detected:F0} ms)");
    // A writer's pace: the background work of one save (the rest of the site, the search index) ends before the next.
    await Task.Delay(2000);
}
samples.Sort();
detectedSamples.Sort();
Console.WriteLine($"median save-to-shown: {samples[samples.Count / 2]:F0} ms over {samples.Count} edits (min {samples[0]:F0}, max {samples[^1]:F0}); " +
                  $"Playwright's median: {detectedSamples[detectedSamples.Count / 2]:F0} ms");
loop.Dispose();
stop.Cancel();
await running;
Directory.Delete(work, true);
return 0;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static void CopyDirectory(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    foreach (var directory in Directory.GetDirectories(from)) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
}
