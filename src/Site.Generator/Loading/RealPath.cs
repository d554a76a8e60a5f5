namespace Site.Generator.Loading;

/// <summary>
/// A path with every symbolic link on it resolved, as far as it exists: `--output site-link` where the link leads
/// into the study must be seen for what it is, and so must a file of the study that is a link to one elsewhere.
/// </summary>
public static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        for (var hops = 0; hops < 40; hops++)
        {
            var resolved = ResolveFirstLink(full);
            if (resolved is null) return full;
            full = resolved;
        }
        throw new IOException($"{path}: too many levels of symbolic links");
    }

    /// <summary>The path with its first symbolic link (from the root down) replaced by its target; null when it has none.</summary>
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (!info.Exists && !Directory.Exists(next)) return null;
            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return Path.TrimEndingDirectorySeparator(rest.Length == 0 ? resolved : Path.Combine(resolved, rest));
            }
            current = next;
        }
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
