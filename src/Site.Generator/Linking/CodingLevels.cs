using Site.Generator.Diagnostics;
using Site.Generator.Localization;
using Site.Generator.Model;

namespace Site.Generator.Linking;

/// <summary>
/// Checks the levels a study names for its coding: one to four, each with a key, a URL word and an explorer
/// parameter of its own. That no other part of the site has its address is checked with the others' (Validation/AddressCheck).
/// </summary>
public static class CodingLevels
{
    public const int Most = 4;

    public static void Check(CodingFile coding, DiagnosticBag diagnostics)
    {
        if (coding.Levels.Count is 0 or > Most)
            diagnostics.Error(coding.LocationOf("levels"), "T20", $"the coding names {coding.Levels.Count} level(s); a coding has one to {Most}",
                "e.g. levels: [{ key: theme, singular: theme, plural: themes, path: themes }]");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        for (var depth = 0; depth < coding.Levels.Count; depth++)
        {
            var level = coding.Levels[depth];
            level.Depth = depth;
            if (!IsKey(level.Key))
                diagnostics.Error(level.LocationOf("key"), "T21", $"'{level.Key}' is not a level key", "use lower-case letters a–z and '_', e.g. theme");
            else if (!keys.Add(level.Key))
                diagnostics.Error(level.LocationOf("key"), "T22", $"two levels have the key '{level.Key}'");
            if (!LocaleLoader.IsUrlWord(level.Path))
                diagnostics.Error(level.LocationOf("path"), "T23", $"'{level.Path}' cannot stand in an address", "use lower-case letters a–z, digits and '-'");
            if (!parameters.Add(level.ParamName))
                diagnostics.Error(level.LocationOf("param"), "T25", $"two levels have the explorer parameter '{level.ParamName}'");
        }
    }

    private static bool IsKey(string key) => key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or '_');
}
