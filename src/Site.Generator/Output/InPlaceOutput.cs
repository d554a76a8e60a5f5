namespace Site.Generator.Output;

/// <summary>
/// For the preview server: brings an existing output folder up to date by writing only the files whose bytes
/// changed and deleting the ones the build no longer makes. The files were rendered in memory first (all of them,
/// or the preview's changed pages with the files it keeps named in <c>keep</c>), so a failed build still changes nothing.
/// </summary>
public static class InPlaceOutput
{
    public sealed record Changes(int Written, int Deleted);

    /// <param name="keep">Paths (relative, with '/') that other tools own, e.g. the search index.</param>
    public static Changes Update(string outputDirectory, IReadOnlyList<(string Destination, byte[] Bytes)> files, Func<string, bool> keep)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        // Deletes what the build no longer makes: only in a folder of ours (or a new or empty one).
        OutputGuard.CheckReplaceable(root, $"--output {outputDirectory}");
        Directory.CreateDirectory(root);
        if (!OutputMarker.IsIn(root)) OutputMarker.WriteInto(root);
        var wanted = new HashSet<string>(StringComparer.Ordinal) { OutputMarker.PathIn(root) };
        var written = 0;
        foreach (var (destination, bytes) in files)
        {
            var path = AtomicOutput.SafePath(root, destination);
            wanted.Add(path);
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            written++;
        }
        var deleted = 0;
        foreach (var path in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (wanted.Contains(path) || keep(relative)) continue;
            File.Delete(path);
            deleted++;
        }
        return new Changes(written, deleted);
    }

    /// <summary>
    /// Writes a few files ahead of the rest (the preview's fast path) and remembers what they replaced, so that
    /// a build that fails afterwards can put the last good files back.
    /// </summary>
    public static Rollback WriteAhead(string outputDirectory, IReadOnlyList<(string Destination, byte[] Bytes)> files)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var previous = new List<(string Path, byte[]? Bytes)>();
        foreach (var (destination, bytes) in files)
        {
            var path = AtomicOutput.SafePath(root, destination);
            var old = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (old is not null && old.AsSpan().SequenceEqual(bytes)) continue;
            previous.Add((path, old));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        return new Rollback(previous);
    }

    /// <summary>The files a fast path replaced, as they were.</summary>
    public sealed class Rollback(IReadOnlyList<(string Path, byte[]? Bytes)> previous)
    {
        public int Count => previous.Count;

        public void Restore()
        {
            foreach (var (path, bytes) in previous)
            {
                if (bytes is null) File.Delete(path);
                else File.WriteAllBytes(path, bytes);
            }
        }
    }
}
