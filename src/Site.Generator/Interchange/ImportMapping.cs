using Site.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Generator.Interchange;

/// <summary>
/// A small mapping file for the import, for what is tedious on a command line:
/// <code>
/// language: nb
/// levels:
///   - { key: dimension, singular: aggregate dimension, plural: aggregate dimensions, path: dimensions }
///   - { key: theme, singular: theme, plural: themes, path: themes }
/// speaker_variable: Pseudonym
/// case_variable: School
/// cases_are: cases        # or speakers
/// anonymous_speakers: false
/// sets_as_level: false
/// </code>
/// </summary>
public sealed class ImportMapping
{
    public string? Language { get; set; }
    public List<LevelEntry> Levels { get; set; } = new();
    public string? SpeakerVariable { get; set; }
    public string? CaseVariable { get; set; }
    public string? CasesAre { get; set; }
    public bool? AnonymousSpeakers { get; set; }
    public bool? SetsAsLevel { get; set; }

    public sealed class LevelEntry
    {
        public string Key { get; set; } = "";
        public string Singular { get; set; } = "";
        public string Plural { get; set; } = "";
        public string? Path { get; set; }
    }

    public static ImportMapping? Read(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<ImportMapping>(File.ReadAllText(path)) ?? new ImportMapping();
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)), "QDA040", $"the mapping file cannot be read: {e.Message}",
                "keys: language, levels, speaker_variable, case_variable, cases_are, anonymous_speakers, sets_as_level");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "IO001", $"cannot read the mapping file: {e.Message}");
            return null;
        }
    }

    /// <summary>The options with this file's values where the command line left them unset.</summary>
    public ImportOptions Over(ImportOptions options) => options with
    {
        Language = Language ?? options.Language,
        Levels = options.Levels.Count > 0 ? options.Levels
            : Levels.Select(l => new LevelName(l.Key, l.Singular, l.Plural, l.Path ?? Urls.Slug.From(l.Plural))).ToList(),
        SpeakerVariable = options.SpeakerVariable ?? SpeakerVariable,
        CaseVariable = options.CaseVariable ?? CaseVariable,
        CasesAre = string.Equals(CasesAre, "speakers", StringComparison.OrdinalIgnoreCase) ? Interchange.CasesAre.Speakers : options.CasesAre,
        AnonymousSpeakers = options.AnonymousSpeakers || AnonymousSpeakers == true,
        SetsAsLevel = options.SetsAsLevel || SetsAsLevel == true,
    };
}
