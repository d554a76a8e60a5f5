namespace Site.Serve;

/// <summary>
/// Maps a request path to a file of the output folder, and nothing else: a path that would leave the folder, holds
/// a control character or a backslash, or starts with two slashes (which a browser reads as another host, so a
/// redirect to it would be an open redirect) maps to nothing.
/// </summary>
public sealed class SiteFiles(string outputDirectory)
{
    public string Root { get; } = Path.GetFullPath(outputDirectory);

    /// <summary>Whether a decoded request path is one this server answers at all.</summary>
    public static bool IsSafe(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains('\\') &&
        !path.Any(char.IsControl);

    /// <summary>The file a path names ("/x/" is "/x/index.html"); null if none, or if the path is not safe.</summary>
    public string? File(string path)
    {
        if (!IsSafe(path)) return null;
        var candidate = Combine(path.EndsWith('/') ? path + "index.html" : path);
        return candidate is not null && System.IO.File.Exists(candidate) ? candidate : null;
    }

    /// <summary>Whether a path without its trailing slash names a folder of the site ("/quotes" for "/quotes/").</summary>
    public bool IsFolder(string path) =>
        IsSafe(path) && !path.EndsWith('/') && Combine(path) is { } folder && Directory.Exists(folder);

    private string? Combine(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path.TrimStart('/')));
        return full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
