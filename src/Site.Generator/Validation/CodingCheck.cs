using Site.Generator.Diagnostics;
using Site.Generator.Localization;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// The coding can be shown as it is written: one to four levels, each with a key, a URL word and an explorer
/// parameter of its own; every quote coded; and every table of representative quotes owned by one code and holding
/// only quotes coded under it. That no other part of the site has a level's address is checked with the others'
/// (<see cref="AddressCheck"/>).
/// </summary>
public static class CodingCheck
{
    public const int MostLevels = 4;

    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        CheckLevels(model.Coding, diagnostics);
        foreach (var quote in model.Quotes.Where(q => q.CodeIds.Count == 0))
            diagnostics.Error(quote.LocationOf("codes"), "Q18", "the quote has no code", "name at least one code: codes: [id]");
        CheckTables(model, diagnostics);
    }

    private static void CheckLevels(CodingFile coding, DiagnosticBag diagnostics)
    {
        if (coding.Levels.Count is 0 or > MostLevels)
            diagnostics.Error(coding.LocationOf("levels"), "T20", $"the coding names {coding.Levels.Count} level(s); a coding has one to {MostLevels}",
                "e.g. levels: [{ key: theme, singular: theme, plural: themes, path: themes }]");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in coding.Levels)
        {
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

    /// <summary>Only a linked quote (one with a speaker and codes) has its table checked: an unlinked one is already in error.</summary>
    private static void CheckTables(StudyModel model, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<int, Code>();
        foreach (var code in model.Codes.Where(c => c.Table is not null))
            if (!tables.TryAdd(code.Table!.Value, code))
                diagnostics.Error(code.LocationOf("table"), "T06", $"table {code.Table} belongs to two codes", $"the other is '{tables[code.Table.Value].Id}'");
        foreach (var quote in model.Quotes.Where(q => q.Speaker is not null && q.Table is not null))
        {
            var table = quote.Table!.Value;
            if (!tables.TryGetValue(table, out var owner))
                diagnostics.Error(quote.LocationOf("table"), "Q13", $"no code has table {table}", $"tables: {string.Join(", ", tables.Keys.Order())}");
            else if (!quote.Codes.Any(c => c.SelfAndAncestors().Contains(owner)))
                diagnostics.Error(quote.LocationOf("table"), "Q14", $"table {table} belongs to the code '{owner.Id}', but none of the quote's codes ({string.Join(", ", quote.Codes.Select(c => c.Id))}) stands under it");
        }
    }
}
