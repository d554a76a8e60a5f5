using System.Security.Cryptography;
using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>
/// The theme's static files (<c>theme/assets/</c>). CSS and JavaScript get a content hash in their name, so they
/// can be cached for a year and still change the moment they change; other files keep their names.
/// </summary>
public sealed class AssetManifest
{
    /// <summary>The theme's folder of assets, and theirs on the site.</summary>
    public const string Folder = "assets";

    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Destination, byte[] Bytes)> Files { get; }

    public AssetManifest(string themeDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        var theme = new Loading.SourceFolder(themeDirectory);
        var root = Path.Combine(themeDirectory, Folder);
        var files = new List<(string, byte[])>();
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!theme.Holds(file, Path.GetRelativePath(displayRoot, file), diagnostics)) continue;
                var bytes = File.ReadAllBytes(file);
                var destination = Folder + "/" + (IsFingerprinted(relative) ? Fingerprint(relative, bytes) : relative);
                _urls[relative] = "/" + destination;
                files.Add((destination, bytes));
            }
        }
        Files = files;
    }

    /// <summary>The URL of an asset by its path under theme/assets.</summary>
    public string Url(string path) => _urls.TryGetValue(path, out var url) ? url : throw new KeyNotFoundException($"The theme has no asset '{path}'.");

    public static bool IsFingerprinted(string path) => path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal);

    private static string Fingerprint(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = path.LastIndexOf('.');
        return $"{path[..dot]}.{hash}{path[dot..]}";
    }
}
