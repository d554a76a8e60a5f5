using System.CommandLine;
using Site.Generator.Diagnostics;
using Site.Generator.Interchange;

namespace Site.Commands;

/// <summary><c>site import FILE.qdpx|FILE.qdc --into DIR</c>: a REFI-QDA project or codebook becomes a study (or updates one).</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A REFI-QDA project (.qdpx, or an unpacked project.qde) or codebook (.qdc)" };
        var into = new Option<string>("--into") { Description = "The study folder to write (new, or imported into before)", Required = true };
        var mapping = new Option<string?>("--mapping") { Description = "A YAML file naming levels, speaker and case variables (see README)" };
        var speaker = new Option<string?>("--speaker-variable") { Description = "The variable whose value names a quote's speaker" };
        var @case = new Option<string?>("--case-variable") { Description = "The variable whose value names a quote's case" };
        var casesAre = new Option<string?>("--cases-are") { Description = "What the project's cases are when no variable says: cases (default) or speakers" };
        var levels = new Option<string?>("--levels") { Description = "Names of the coding levels, top first: singular/plural,singular/plural (e.g. theme/themes,code/codes)" };
        var language = new Option<string?>("--language") { Description = "The study's language for a new study (default nb)" };
        var anonymous = new Option<bool>("--anonymous-speakers") { Description = "Speakers are anonymous attributions (no pages), not pseudonyms" };
        var sets = new Option<bool>("--sets-as-level") { Description = "Make the project's code sets the top coding level" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing" };
        var force = new Option<bool>("--force") { Description = "Change a folder that holds a study already (after showing the changes)" };
        var theme = new Option<string>("--theme") { Description = "The theme's folder (its URL words name redirects)", DefaultValueFactory = _ => "theme" };
        var command = new Command("import", "Import a REFI-QDA project (.qdpx) or codebook (.qdc) into a study folder. Nothing is written unless the import succeeds.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { into, mapping, speaker, @case, casesAre, levels, language, anonymous, sets, dryRun, force, theme }) command.Options.Add(option);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var options = new ImportOptions
            {
                Language = result.GetValue(language) ?? "nb",
                SpeakerVariable = result.GetValue(speaker),
                CaseVariable = result.GetValue(@case),
                CasesAre = string.Equals(result.GetValue(casesAre), "speakers", StringComparison.OrdinalIgnoreCase) ? CasesAre.Speakers : CasesAre.Cases,
                AnonymousSpeakers = result.GetValue(anonymous),
                SetsAsLevel = result.GetValue(sets),
                Levels = ParseLevels(result.GetValue(levels)),
            };
            if (result.GetValue(casesAre) is { } given && given is not ("cases" or "speakers"))
            {
                Console.Error.WriteLine("error: --cases-are takes cases or speakers");
                return 2;
            }
            if (result.GetValue(mapping) is { } mappingFile)
            {
                var read = ImportMapping.Read(mappingFile, mappingFile, diagnostics);
                if (read is null) { Reporter.Diagnostics(diagnostics.Items); return 1; }
                options = read.Over(options);
            }
            try
            {
                var outcome = new StudyImporter(result.GetValue(file)!, result.GetValue(into)!, options, result.GetValue(theme)!)
                    .Run(result.GetValue(dryRun), result.GetValue(force));
                Reporter.Diagnostics(outcome.Diagnostics);
                if (outcome.Report is not null) foreach (var line in outcome.Report.Lines()) Console.WriteLine(line);
                if (outcome.Failed)
                {
                    Console.Error.WriteLine($"Import failed. {result.GetValue(into)} was not changed.");
                    return 1;
                }
                Console.WriteLine(outcome.Written ? $"Wrote the study to {result.GetValue(into)}. Next: site serve --input {result.GetValue(into)}" : "Dry run: nothing was written.");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                Console.Error.WriteLine($"Import failed. {result.GetValue(into)} was not changed.");
                return 1;
            }
        });
        return command;
    }

    private static List<LevelName> ParseLevels(string? text) => text is null ? new() : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split('/', StringSplitOptions.TrimEntries)).Where(p => p.Length == 2)
        .Select(p => new LevelName(Site.Generator.Urls.Slug.From(p[0]), p[0], p[1], Site.Generator.Urls.Slug.From(p[1]))).ToList();
}
