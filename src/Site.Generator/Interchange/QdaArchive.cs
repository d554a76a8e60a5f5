using System.IO.Compression;
using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// The entries of a .qdpx archive, read into memory within <see cref="ArchiveLimits"/>. Nothing is ever extracted
/// to disk by entry name; an entry whose name would leave the archive's folder (zip slip: <c>../</c>, an absolute
/// path, a drive letter) makes the whole archive refused, since no honest tool writes one.
/// </summary>
public sealed class QdaArchive
{
    private readonly Dictionary<string, byte[]> _entries;

    private QdaArchive(Dictionary<string, byte[]> entries) => _entries = entries;

    public IEnumerable<string> Names => _entries.Keys.Order(StringComparer.Ordinal);

    public byte[]? this[string name] => _entries.TryGetValue(name, out var bytes) ? bytes : null;

    /// <summary>Finds an entry by name, ignoring case and the folder tools disagree on (sources/, Sources/, none).</summary>
    public (string Name, byte[] Bytes)? Find(string path)
    {
        var wanted = path.Replace('\\', '/').TrimStart('/');
        foreach (var candidate in new[] { wanted, "sources/" + wanted, "Sources/" + wanted })
            foreach (var (name, bytes) in _entries)
                if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)) return (name, bytes);
        var file = Path.GetFileName(wanted);
        var matches = _entries.Where(e => string.Equals(Path.GetFileName(e.Key), file, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? (matches[0].Key, matches[0].Value) : null;
    }

    public static QdaArchive? Open(string path, string display, ArchiveLimits limits, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.FileOnly(display);
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                diagnostics.Error(at, "QDA004", $"the archive has {zip.Entries.Count} entries, more than the {limits.MaxEntries} a project may have");
                return null;
            }
            var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (LeavesArchive(entry.FullName))
                {
                    diagnostics.Error(at, "QDA003", $"the archive entry '{entry.FullName}' has a path that leaves its folder (zip slip); the archive is refused",
                        "export the project again from the QDA tool");
                    return null;
                }
                if (entry.FullName.EndsWith('/')) continue;
                var bytes = ReadBounded(entry, limits, limits.MaxTotalBytes - total, display, diagnostics);
                if (bytes is null) return null;
                total += bytes.Length;
                if (!entries.TryAdd(entry.FullName, bytes))
                {
                    diagnostics.Error(at, "QDA003", $"the archive holds '{entry.FullName}' twice; the archive is refused");
                    return null;
                }
            }
            return new QdaArchive(entries);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(at, "QDA001", $"the file is not a zip archive, or it is damaged: {e.Message}",
                "a .qdpx project is a zip file; export it again, or pass the .qde or .qdc file itself");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, "IO001", $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>True for a name that is absolute, has a drive or a parent step, or holds a character no path may.</summary>
    public static bool LeavesArchive(string name)
    {
        var normal = name.Replace('\\', '/');
        if (normal.StartsWith('/') || (normal.Length >= 2 && normal[1] == ':') || normal.Contains('\0')) return true;
        return normal.Split('/').Any(part => part == "..");
    }

    private static byte[]? ReadBounded(ZipArchiveEntry entry, ArchiveLimits limits, long totalLeft, string display, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.FileOnly(display);
        var limit = Math.Min(limits.MaxEntryBytes, totalLeft);
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > limit)
            {
                var which = limit == limits.MaxEntryBytes
                    ? $"more than {limits.MaxEntryBytes / (1024 * 1024)} MB"
                    : $"beyond the {limits.MaxTotalBytes / (1024 * 1024)} MB the whole archive may unpack to";
                diagnostics.Error(at, "QDA004", $"the archive entry '{entry.FullName}' unpacks to {which}; the archive is refused (a zip bomb?)");
                return null;
            }
            output.Write(buffer, 0, read);
            if (output.Length > limits.RatioFloorBytes && output.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                diagnostics.Error(at, "QDA004", $"the archive entry '{entry.FullName}' inflates more than {limits.MaxRatio} to 1; the archive is refused (a zip bomb?)");
                return null;
            }
        }
        return output.ToArray();
    }
}
