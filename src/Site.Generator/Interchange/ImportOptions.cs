namespace Site.Generator.Interchange;

/// <summary>What the researcher tells the import, on the command line or in a mapping file (<see cref="ImportMapping"/>).</summary>
public sealed record ImportOptions
{
    /// <summary>The study's language (BCP 47): the default names of the coding levels and the placeholders of study.yml.</summary>
    public string Language { get; init; } = "nb";
    /// <summary>The coding levels, top first; missing ones are named by depth (<see cref="DefaultLevels"/>).</summary>
    public List<LevelName> Levels { get; init; } = new();
    /// <summary>The variable whose value names a quote's speaker (on its case or its source). Tools differ in where they keep it.</summary>
    public string? SpeakerVariable { get; init; }
    /// <summary>The variable whose value names a quote's case.</summary>
    public string? CaseVariable { get; init; }
    /// <summary>What the project's cases are when no variable is named for the role: the study's cases, or its speakers.</summary>
    public CasesAre CasesAre { get; init; } = CasesAre.Cases;
    /// <summary>Speakers are pseudonyms (with pages) unless the project says otherwise (a speaker_kind variable) or this says anonymous.</summary>
    public bool AnonymousSpeakers { get; init; }
    /// <summary>Make the project's sets of codes the top level of the coding (ATLAS.ti keeps code groups as sets).</summary>
    public bool SetsAsLevel { get; init; }
}

public enum CasesAre { Cases, Speakers }

/// <summary>The name of one coding level, as the new coding.yml writes it.</summary>
public sealed record LevelName(string Key, string Singular, string Plural, string Path);

/// <summary>
/// The names of the coding levels the project leaves unnamed, in the study's language: the theme's words
/// (i18n <c>import_level_*</c>), or English where the theme has no file for the language.
/// </summary>
public static class DefaultLevels
{
    /// <summary>The levels from the top down, each the stem of its three keys in the theme's language file.</summary>
    private static readonly string[] Levels = ["category", "code", "subcode", "detail"];

    private static readonly string[][] English =
    [
        ["category", "category", "categories"], ["code", "code", "codes"], ["subcode", "subcode", "subcodes"], ["detail", "detail code", "detail codes"],
    ];

    /// <summary>Names for a hierarchy of <paramref name="depth"/> levels: one level is codes; more put categories above them.</summary>
    public static List<LevelName> For(int depth, Localization.Locale locale, IReadOnlyList<LevelName> given)
    {
        var words = Levels.Select((level, i) => new[] { "key", "one", "many" }
            .Select((part, j) => locale.Strings.GetValueOrDefault($"import_level_{level}_{part}") ?? English[i][j]).ToArray()).ToArray();
        var defaults = depth == 1 ? [words[1]] : words.Take(depth).ToArray();
        return Enumerable.Range(0, depth).Select(i => i < given.Count ? given[i]
            : new LevelName(defaults[i][0], defaults[i][1], defaults[i][2], Urls.Slug.From(defaults[i][2]))).ToList();
    }
}
