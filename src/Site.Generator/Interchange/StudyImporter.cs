using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// <c>site import</c>: reads a REFI-QDA file, maps it onto the study format, merges it with the study in the target
/// folder and writes the result there — all of it or nothing. The files are made in a folder beside the target, which
/// then takes the target's place; a failure at any step leaves the target as it was.
/// </summary>
public sealed class StudyImporter(string qdaFile, string studyDirectory, ImportOptions options, string themeDirectory)
{
    public sealed record Result(ImportReport? Report, IReadOnlyList<Diagnostic> Diagnostics, bool Written)
    {
        public bool Failed => Report is null || Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    /// <param name="dryRun">Show the changes, write nothing.</param>
    /// <param name="force">Allow changing a folder that holds files already (a study imported before).</param>
    public Result Run(bool dryRun, bool force, string? displayRoot = null)
    {
        var diagnostics = new DiagnosticBag();
        var root = displayRoot ?? Directory.GetCurrentDirectory();
        var target = Path.GetFullPath(studyDirectory);
        var project = QdaReader.Read(qdaFile, Path.GetRelativePath(root, Path.GetFullPath(qdaFile)), diagnostics);
        if (project is null || diagnostics.HasErrors) return new Result(null, diagnostics.Items, false);

        var previous = IdMap.Read(Path.Combine(target, IdMap.FileName), IdMap.FileName, diagnostics);
        var effective = Remembered(options, previous);
        var locale = Localization.LocaleLoader.Load(themeDirectory, effective.Language, new Dictionary<string, string>(), _ => default, new DiagnosticBag(), root);
        var draft = new ProjectToStudy(project, effective, previous, locale).Map();
        var paths = RetiredPaths.For(themeDirectory, target, effective.Language);
        var files = new StudyFiles(draft, target, previous, paths, locale, diagnostics).Make();
        if (diagnostics.HasErrors) return new Result(null, diagnostics.Items, false);
        Describe(draft.Report, files, target, previous, draft.Ids);

        var occupied = Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any();
        if (dryRun) return new Result(draft.Report, diagnostics.Items, false);
        if (occupied && !force)
        {
            diagnostics.Error(SourceLocation.FileOnly(Path.GetRelativePath(root, target)), "QDA050", "the folder holds a study already; it is not changed without --force",
                "run with --dry-run to see what would change, then with --force");
            return new Result(draft.Report, diagnostics.Items, false);
        }
        Write(target, files);
        return new Result(draft.Report, diagnostics.Items, true);
    }

    /// <summary>A second import uses the first one's choices unless told otherwise, so that the same project maps the same way.</summary>
    private static ImportOptions Remembered(ImportOptions options, IdMap previous)
    {
        var s = previous.Settings;
        return options with
        {
            SpeakerVariable = options.SpeakerVariable ?? s.GetValueOrDefault("speaker_variable"),
            CaseVariable = options.CaseVariable ?? s.GetValueOrDefault("case_variable"),
            CasesAre = options.CasesAre == CasesAre.Cases && s.GetValueOrDefault("cases_are") == "speakers" ? CasesAre.Speakers : options.CasesAre,
            AnonymousSpeakers = options.AnonymousSpeakers || s.GetValueOrDefault("anonymous_speakers") == "true",
            SetsAsLevel = options.SetsAsLevel || s.GetValueOrDefault("sets_as_level") == "true",
            Language = s.GetValueOrDefault("language") ?? options.Language,
        };
    }

    private static void Describe(ImportReport report, Dictionary<string, string?> files, string target, IdMap previous, IdMap now)
    {
        foreach (var (kind, before, after) in new[] { ("quotes", previous.Quotes, now.Quotes), ("codes", previous.Codes, now.Codes), ("speakers", previous.Speakers, now.Speakers), ("cases", previous.Cases, now.Cases) })
        {
            var added = after.Keys.Count(k => !before.ContainsKey(k));
            var retired = before.Where(p => !after.ContainsKey(p.Key)).Select(p => p.Value).Order(StringComparer.Ordinal).ToList();
            if (added > 0 && before.Count > 0) report.Changes.Add($"{kind}: {added} new");
            if (retired.Count > 0) report.Changes.Add($"{kind}: {retired.Count} retired ({string.Join(", ", retired)}), their pages redirect");
        }
        foreach (var (relative, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(target, relative);
            var exists = File.Exists(path);
            if (text is null) report.Changes.Add($"delete {relative}");
            else if (!exists) report.Changes.Add($"create {relative}");
            else if (File.ReadAllText(path) != text) report.Changes.Add($"update {relative}");
        }
        if (previous.Quotes.Count > 0 || previous.Codes.Count > 0)
            report.Notices.Add("this is a re-import: ids come from qda-ids.yml, hand-written keys and items are kept");
    }

    private static void Write(string target, Dictionary<string, string?> files)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.import-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(target)}.before-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(target)) Copy(target, staging);
            else Directory.CreateDirectory(staging);
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(staging, relative);
                if (text is null) { File.Delete(path); continue; }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            }
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(from)) Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }
}
