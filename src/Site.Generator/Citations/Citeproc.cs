using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Site.Generator.Citations;

/// <summary>
/// Runs citeproc-js (npm <c>citeproc</c>, pinned in theme/package.json) through theme/tools/citeproc.mjs: one node
/// process per build, given every item and style in one request. Building a CSL engine costs citeproc-js seconds per
/// style, so an answer is kept, by the digest of its request (and of the script and the packages' lock file), in
/// theme/node_modules/.cache/citeproc/: a build whose study metadata, styles and bibliography did not change reads
/// it instead of starting node. The answer is the same either way, so the output stays byte-identical.
/// </summary>
public static class Citeproc
{
    public const string Script = "tools/citeproc.mjs";

    private static readonly object Gate = new();
    private static (string Digest, string Answer)? _last; // the preview asks the same again and again

    /// <summary>The answer (JSON) to a request (JSON); throws <see cref="CiteprocException"/> with what to do when it cannot run.</summary>
    public static string Run(string themeDirectory, string request)
    {
        var digest = Digest(themeDirectory, request);
        lock (Gate)
            if (_last is { } last && last.Digest == digest) return last.Answer;
        var cacheFile = Path.Combine(themeDirectory, "node_modules", ".cache", "citeproc", digest + ".json");
        string answer;
        if (File.Exists(cacheFile)) answer = File.ReadAllText(cacheFile, Encoding.UTF8);
        else
        {
            answer = RunNode(themeDirectory, request);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
                var temporary = cacheFile + "." + Environment.ProcessId + ".tmp";
                File.WriteAllText(temporary, answer, new UTF8Encoding(false));
                File.Move(temporary, cacheFile, overwrite: true);
            }
            catch (IOException) { } // a read-only theme folder: the next build runs node again
            catch (UnauthorizedAccessException) { }
        }
        lock (Gate) _last = (digest, answer);
        return answer;
    }

    private static string Digest(string themeDirectory, string request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(request));
        foreach (var file in new[] { Script, "package-lock.json" })
        {
            var path = Path.Combine(themeDirectory, file);
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string RunNode(string themeDirectory, string request)
    {
        if (!File.Exists(Path.Combine(themeDirectory, "node_modules", "citeproc", "package.json")))
        {
            try { Search.Pagefind.NpmInstall(themeDirectory); }
            catch (InvalidOperationException e) { throw new CiteprocException(InstallHint(themeDirectory) + " (" + e.Message + ")"); }
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = themeDirectory,
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
        try { process = Process.Start(start) ?? throw new CiteprocException("node did not start."); }
        catch (Win32Exception) { throw new CiteprocException(InstallHint(themeDirectory)); }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(request);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode == 2) throw new CiteprocException(error.Result.Trim() + "\n" + InstallHint(themeDirectory));
            if (process.ExitCode != 0) throw new CiteprocException($"citeproc-js failed (exit code {process.ExitCode}): {error.Result.Trim()}");
            return output.Result;
        }
    }

    private static string InstallHint(string themeDirectory) =>
        $"citations are rendered with citeproc-js, which needs Node.js 20 or later: install it (e.g. apt-get install nodejs npm), then run: npm ci --prefix {themeDirectory}";
}

public sealed class CiteprocException(string message) : Exception(message);
