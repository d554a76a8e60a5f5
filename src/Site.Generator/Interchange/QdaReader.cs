using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// Reads a REFI-QDA file: a .qdpx project (a zip of <c>project.qde</c> and its sources), a bare .qde project, or a
/// .qdc codebook. Every problem is a located diagnostic; null means nothing usable could be read.
/// </summary>
public static class QdaReader
{
    public static QdaProject? Read(string path, string display, DiagnosticBag diagnostics, ArchiveLimits? limits = null)
    {
        limits ??= ArchiveLimits.Default;
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "IO001", "the file does not exist");
            return null;
        }
        return IsZip(path) ? ReadArchive(path, display, limits, diagnostics) : ReadXmlFile(path, display, limits, diagnostics);
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[2];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K'
               || path.EndsWith(".qdpx", StringComparison.OrdinalIgnoreCase);
    }

    private static QdaProject? ReadArchive(string path, string display, ArchiveLimits limits, DiagnosticBag diagnostics)
    {
        var archive = QdaArchive.Open(path, display, limits, diagnostics);
        if (archive is null) return null;
        // The standard names it project.qde; ATLAS.ti names it after the project, so one .qde at the root is taken.
        var roots = archive.Names.Where(n => !n.Contains('/') && n.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).ToList();
        var qde = roots.FirstOrDefault(n => string.Equals(n, "project.qde", StringComparison.OrdinalIgnoreCase)) ?? (roots.Count == 1 ? roots[0] : null);
        if (qde is null)
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "QDA002", roots.Count == 0
                ? "the archive holds no project.qde: it is not a REFI-QDA project"
                : $"the archive holds {roots.Count} .qde files and none is named project.qde: {string.Join(", ", roots)}");
            return null;
        }
        var qdeDisplay = $"{display}/{qde}";
        var document = SecureXml.Load(archive[qde]!, qdeDisplay, diagnostics);
        if (document is null) return null;
        return new QdeParser(qdeDisplay, name => archive.Find(name) is { } found ? ($"{display}/{found.Name}", found.Bytes) : null, diagnostics).Parse(document);
    }

    private static QdaProject? ReadXmlFile(string path, string display, ArchiveLimits limits, DiagnosticBag diagnostics)
    {
        if (new FileInfo(path).Length > limits.MaxEntryBytes)
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "QDA004", $"the file is larger than {limits.MaxEntryBytes / (1024 * 1024)} MB");
            return null;
        }
        var document = SecureXml.Load(File.ReadAllBytes(path), display, diagnostics);
        if (document is null) return null;
        // A bare project.qde keeps its sources in a folder beside it, as in an unpacked archive.
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new QdeParser(display, name => Beside(folder, name, display, limits), diagnostics).Parse(document);
    }

    private static (string, byte[])? Beside(string folder, string name, string display, ArchiveLimits limits)
    {
        if (QdaArchive.LeavesArchive(name)) return null;
        foreach (var candidate in new[] { Path.Combine(folder, "sources", name), Path.Combine(folder, "Sources", name), Path.Combine(folder, name) })
            if (File.Exists(candidate) && new FileInfo(candidate).Length <= limits.MaxEntryBytes)
                return (Path.Combine(Path.GetDirectoryName(display) ?? "", Path.GetRelativePath(folder, candidate)), File.ReadAllBytes(candidate));
        return null;
    }
}
