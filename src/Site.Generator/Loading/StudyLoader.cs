using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Loading;

/// <summary>
/// Reads <c>input/</c> into a <see cref="StudyModel"/>. Every file is read strictly (see <see cref="YamlBinder"/>);
/// all problems are collected so the author sees them in one run.
/// </summary>
public sealed class StudyLoader(string inputDirectory, DiagnosticBag diagnostics, string? displayRoot = null)
{
    private readonly string _root = Path.GetFullPath(inputDirectory);
    private readonly SourceFolder Folder = new(inputDirectory);
    private readonly string _displayRoot = displayRoot ?? Directory.GetCurrentDirectory();

    /// <summary>The files and folders a study may contain; anything else is reported, so that nothing is silently ignored.</summary>
    public static readonly string[] KnownEntries =
    [
        "study.yml", "cases.yml", "informants.yml", "coding.yml", "concepts.yml", "works.yml", "documents.yml",
        "figures.yml", "redirects.yml", "quotes", "findings", "chapters", "source", "schema", "README.md", "qda-ids.yml",
        "references.bib", "references.json", "styles",
        "figures", // the study's images: image figures and images in the text
    ];

    public StudyModel? Load()
    {
        if (!Directory.Exists(_root))
        {
            diagnostics.Error(SourceLocation.FileOnly(Display(_root)), "IN001", "the input folder does not exist", "pass --input DIR");
            return null;
        }
        ReportUnknownEntries();

        // The three large parts are read side by side (each also file by file), so that no core waits while
        // another finishes the last file of a folder; the small files are read meanwhile.
        var quotes = Task.Run(() => LoadFolder<Quote>("quotes"));
        var findings = Task.Run(() => LoadFolder<Finding>("findings"));
        var chapters = Task.Run(LoadChapters);
        var study = LoadOne<Study>("study.yml", required: true);
        var cases = LoadOne<CasesFile>("cases.yml", required: false);
        var coding = LoadOne<CodingFile>("coding.yml", required: true);
        var informants = LoadList<Informant>("informants.yml");
        var concepts = LoadList<Concept>("concepts.yml");
        var works = LoadList<Work>("works.yml");
        var documents = LoadList<Document>("documents.yml");
        var figures = LoadList<Figure>("figures.yml");
        var redirects = LoadList<Redirect>("redirects.yml");
        var sourceTexts = LoadSourceTexts(out var sourcePath);
        var model = new StudyModel
        {
            Study = study ?? new Study(),
            Cases = cases?.Cases ?? new(),
            Comparison = cases?.Comparison,
            Informants = informants,
            Coding = coding ?? new CodingFile(),
            Quotes = quotes.GetAwaiter().GetResult(),
            Findings = findings.GetAwaiter().GetResult(),
            Concepts = concepts,
            Works = works,
            Documents = documents,
            Figures = figures,
            Redirects = redirects,
            Chapters = chapters.GetAwaiter().GetResult(),
            SourceText = sourceTexts.Count == 0 ? null : string.Join("\n\n", sourceTexts),
            SourceTextPath = sourcePath,
            SourceTexts = sourceTexts,
        };
        for (var i = 0; i < model.Quotes.Count; i++) model.Quotes[i].Order = i;
        for (var i = 0; i < model.Findings.Count; i++) model.Findings[i].Order = i;
        return model;
    }

    private void ReportUnknownEntries()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || KnownEntries.Contains(name)) continue;
            diagnostics.Warning(SourceLocation.FileOnly(Display(entry)), "IN002", $"'{name}' is not part of the study format and is not read",
                Suggest.DidYouMean(name, KnownEntries) ?? "see input/README.md");
        }
    }

    private T? LoadOne<T>(string name, bool required) where T : Entity
    {
        var path = Path.Combine(_root, name);
        if (!IsFile(path))
        {
            if (required) diagnostics.Error(SourceLocation.FileOnly(Display(path)), "IN003", $"the study needs the file {name}");
            return null;
        }
        var text = Folder.Read(path, Display(path), diagnostics);
        return text is null ? null : new YamlBinder(diagnostics, Display(path)).Load<T>(text);
    }

    private List<T> LoadList<T>(string name) where T : Entity
    {
        var path = Path.Combine(_root, name);
        return IsFile(path) ? ReadList<T>(path) : new List<T>();
    }

    private List<T> ReadList<T>(string path) where T : Entity
    {
        var text = Folder.Read(path, Display(path), diagnostics);
        if (text is null) return new();
        var binder = new YamlBinder(diagnostics, Display(path));
        // An empty list file ("[]" or only comments) is fine: a study may have no such items yet.
        if (OnlyComments(text)) return new();
        return binder.Load<List<T>>(text) ?? new();
    }

    /// <summary>All *.yml files of a folder, in name order, as one list.</summary>
    private List<T> LoadFolder<T>(string folder) where T : Entity
    {
        var directory = Path.Combine(_root, folder);
        if (!Directory.Exists(directory)) return new();
        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
        foreach (var other in files.Where(f => !f.EndsWith(".yml", StringComparison.Ordinal)))
            diagnostics.Warning(SourceLocation.FileOnly(Display(other)), "IN004", "only .yml files are read here");
        var lists = new List<T>[files.Length];
        Parallel.For(0, files.Length, i => lists[i] = files[i].EndsWith(".yml", StringComparison.Ordinal) ? ReadList<T>(files[i]) : new());
        return lists.SelectMany(l => l).ToList();
    }

    private List<Chapter> LoadChapters()
    {
        var directory = Path.Combine(_root, "chapters");
        if (!Directory.Exists(directory)) return new();
        var files = Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal).ToArray();
        var chapters = new Chapter?[files.Length];
        Parallel.For(0, files.Length, i => chapters[i] = Folder.Holds(files[i], Display(files[i]), diagnostics) ? ChapterReader.Read(files[i], Display(files[i]), diagnostics) : null);
        return chapters.OfType<Chapter>().ToList();
    }

    /// <summary>Every *.txt of source/, in name order: the thesis has one, an imported QDA project one per source.</summary>
    private List<string> LoadSourceTexts(out string? path)
    {
        path = null;
        var directory = Path.Combine(_root, "source");
        if (!Directory.Exists(directory)) return new();
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        path = files.FirstOrDefault();
        return files.Select(file => Folder.Read(file, Display(file), diagnostics)).OfType<string>().ToList();
    }

    /// <summary>True for a file; a folder where a file belongs is reported, not silently skipped.</summary>
    private bool IsFile(string path)
    {
        if (Directory.Exists(path))
            diagnostics.Error(SourceLocation.FileOnly(Display(path)), "IO001", "cannot read the file: it is a folder");
        return File.Exists(path);
    }

    /// <summary>True when every line is blank or a comment (read line by line, without copying the text).</summary>
    private static bool OnlyComments(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (!trimmed.IsEmpty && trimmed[0] != '#') return false;
        }
        return true;
    }

    private string Display(string path) => Path.GetRelativePath(_displayRoot, path);
}
