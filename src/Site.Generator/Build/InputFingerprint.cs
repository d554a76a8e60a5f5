using System.Security.Cryptography;
using System.Text;

namespace Site.Generator.Build;

/// <summary>
/// A hash of everything a build reads (the study, the theme, the options). When it has not changed since the
/// last build, the preview server does no work at all.
/// </summary>
public static class InputFingerprint
{
    public static string Compute(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes((options with { DisplayRoot = "" }).ToString()));
        foreach (var root in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var full = Path.GetFullPath(root);
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(full, file) + "\0"));
                try { hash.AppendData(File.ReadAllBytes(file)); }
                catch (IOException) { hash.AppendData("unreadable"u8); } // mid-save; the next event will rebuild
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
