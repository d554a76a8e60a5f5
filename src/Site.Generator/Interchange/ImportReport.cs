namespace Site.Generator.Interchange;

/// <summary>What an import took, what it left out and why: printed in the terminal, so nothing is lost unseen.</summary>
public sealed class ImportReport
{
    private readonly SortedDictionary<string, int> _imported = new(StringComparer.Ordinal);
    private readonly List<(string What, int Count, string Why)> _skipped = new();

    public IReadOnlyDictionary<string, int> Imported => _imported;
    public IReadOnlyList<(string What, int Count, string Why)> Skipped => _skipped;
    public List<string> Changes { get; } = new();
    public List<string> Notices { get; } = new();

    public void Count(string kind, int count) => _imported[kind] = count;

    public void Skip(string what, int count, string why)
    {
        if (count > 0) _skipped.Add((what, count, why));
    }

    public IEnumerable<string> Lines()
    {
        yield return "Imported: " + string.Join(", ", _imported.Select(p => $"{p.Value} {p.Key}"));
        foreach (var (what, count, why) in _skipped) yield return $"  skipped {count} {what}: {why}";
        foreach (var notice in Notices) yield return "  note: " + notice;
        if (Changes.Count > 0)
        {
            yield return "Changes:";
            foreach (var change in Changes) yield return "  " + change;
        }
    }
}
