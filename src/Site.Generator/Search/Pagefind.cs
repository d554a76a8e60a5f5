using System.Diagnostics;

namespace Site.Generator.Search;

/// <summary>
/// Runs Pagefind (npm package, pinned in theme/package-lock.json) over a built site to make its search index:
/// stemming in the pages' language (their lang attribute: nb and nn stem alike), and an index split into chunks so a reader downloads only
/// what a query needs.
/// The package is installed with <c>npm ci</c> on first use. Only the pages the findings explorer can show are
/// indexed (the theme marks their content with <c>data-pagefind-body</c>); after indexing, the explorer gets a map
/// from Pagefind's page ids to addresses (<see cref="PagefindPageMap"/>).
/// </summary>
public static class Pagefind
{
    public const string OutputFolder = "pagefind";
    /// <summary>The page map's file in the explorer's folder; not under /pagefind/, whose files are cached as immutable.</summary>
    public const string PageMapFile = "pagefind-pages.json";

    /// <summary>True for a file (relative path, '/') the indexer writes: the preview must not delete it as stale.</summary>
    public static bool IsIndexFile(string relativePath) =>
        relativePath.StartsWith(OutputFolder + "/", StringComparison.Ordinal) || relativePath.EndsWith("/" + PageMapFile, StringComparison.Ordinal);

    /// <param name="explorerPath">The explorer's folder (e.g. /explore/): its texts name the pages, and the page map goes there.</param>
    /// <param name="cancel">Kills the indexer: a cancelled build deletes the folder it writes into.</param>
    public static void Index(string siteDirectory, string themeDirectory, string explorerPath, CancellationToken cancel = default)
    {
        var executable = Path.Combine(themeDirectory, "node_modules", ".bin", "pagefind");
        if (!File.Exists(executable)) NpmInstall(themeDirectory);
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Pagefind is not installed; run: npm ci --prefix {themeDirectory}");
        Run(executable, ["--site", siteDirectory, "--output-subdir", OutputFolder, "--quiet"], themeDirectory, cancel);
        cancel.ThrowIfCancellationRequested();
        var itemUrls = ExplorerTexts.ReadUrls(siteDirectory, explorerPath.Trim('/'));
        PagefindPageMap.Write(Path.Combine(siteDirectory, OutputFolder), Path.Combine(siteDirectory, explorerPath.TrimStart('/') + PageMapFile), itemUrls);
    }

    private static readonly Lock InstallGate = new();

    /// <summary>
    /// Installs the theme's npm packages, once: builds side by side in one process (the tests, the preview's
    /// first build with its citations) would otherwise run two <c>npm ci</c> in one folder, each deleting the other's.
    /// </summary>
    public static void NpmInstall(string directory)
    {
        var lockFile = Path.Combine(directory, "package-lock.json");
        if (!File.Exists(lockFile)) return;
        lock (InstallGate)
        {
            // npm ci writes node_modules/.package-lock.json last: newer than the lock file means installed.
            var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
            if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile)) return;
            try
            {
                Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException("npm is needed to install the search indexer. Install Node.js 20 or later, then run: npm ci --prefix " + directory);
            }
        }
    }

    private static void Run(string file, string[] arguments, string workingDirectory, CancellationToken cancel = default)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        using var kill = cancel.Register(() =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(2000);
            }
            catch (InvalidOperationException) { } // it had exited
        });
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        cancel.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output.Result}{error.Result}");
    }
}
