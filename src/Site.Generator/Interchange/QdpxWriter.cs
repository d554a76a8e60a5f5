using System.IO.Compression;
using System.Text;

namespace Site.Generator.Interchange;

/// <summary>A .qdpx archive: <c>project.qde</c> and each text source's plain text, byte-identical for the same project.</summary>
public static class QdpxWriter
{
    /// <summary>Zip entries carry a time; a fixed one keeps the archive the same from one export to the next.</summary>
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(QdaProject project, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "project.qde", QdeWriter.Project(project));
        foreach (var source in project.TextSources.OrderBy(s => s.Guid, StringComparer.Ordinal))
            Add(zip, QdeWriter.SourceEntry(source), new UTF8Encoding(false).GetBytes(source.Text ?? ""));
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
