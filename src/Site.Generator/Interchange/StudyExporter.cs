using Site.Generator.Diagnostics;
using Site.Generator.Loading;

namespace Site.Generator.Interchange;

/// <summary><c>site export</c>: a study as a REFI-QDA project (.qdpx) or codebook (.qdc), written whole or not at all.</summary>
public static class StudyExporter
{
    public sealed record Result(QdaProject? Project, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Warnings);

    public static Result Read(string studyDirectory, string? displayRoot = null)
    {
        var diagnostics = new DiagnosticBag();
        var model = new StudyLoader(studyDirectory, diagnostics, displayRoot).Load();
        if (model is null || diagnostics.HasErrors) return new Result(null, diagnostics.Items, []);
        var sourceFolder = Path.Combine(studyDirectory, "source");
        var sources = Directory.Exists(sourceFolder)
            ? Directory.GetFiles(sourceFolder, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), TextFile.Read(f, f, diagnostics) ?? "")).ToList()
            : new List<(string, string)>();
        var ids = IdMap.Read(Path.Combine(studyDirectory, IdMap.FileName), IdMap.FileName, diagnostics);
        var mapper = new StudyToQda(model, sources, ids);
        var project = mapper.Map();
        return new Result(diagnostics.HasErrors ? null : project, diagnostics.Items, mapper.Warnings);
    }

    public static void WriteProject(QdaProject project, string file) => Atomically(file, stream => QdpxWriter.Write(project, stream));

    public static void WriteCodebook(QdaProject project, string file) => Atomically(file, stream => stream.Write(QdeWriter.Codebook(project)));

    private static void Atomically(string file, Action<Stream> write)
    {
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temp)) write(stream);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
