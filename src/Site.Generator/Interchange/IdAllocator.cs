using Site.Generator.Urls;

namespace Site.Generator.Interchange;

/// <summary>
/// Gives each item of one kind its id: the one it had at the last import (by its key), else a new readable slug
/// that no other item has and no retired item had, since a retired id's old address redirects elsewhere.
/// </summary>
public sealed class IdAllocator
{
    private readonly Dictionary<string, string> _previous;
    private readonly HashSet<string> _taken;
    public Dictionary<string, string> Assigned { get; } = new(StringComparer.Ordinal);

    public IdAllocator(Dictionary<string, string> previous, IEnumerable<string> retired, IEnumerable<string>? reserved = null)
    {
        _previous = previous;
        _taken = previous.Values.Concat(retired).Concat(reserved ?? []).ToHashSet(StringComparer.Ordinal);
    }

    public string For(string key, string wanted, string fallback)
    {
        if (Assigned.TryGetValue(key, out var known)) return known;
        if (_previous.TryGetValue(key, out var id) && Slug.IsValid(id)) return Assigned[key] = id;
        var stem = Shorten(Slug.From(wanted));
        if (stem.Length == 0) stem = fallback;
        var candidate = stem;
        for (var n = 2; !_taken.Add(candidate) || Assigned.ContainsValue(candidate); n++) candidate = $"{stem}-{n}";
        return Assigned[key] = candidate;
    }

    /// <summary>The ids of the last import whose items are gone now.</summary>
    public IEnumerable<string> Retired => _previous.Where(p => !Assigned.ContainsKey(p.Key)).Select(p => p.Value);

    private static string Shorten(string slug)
    {
        if (slug.Length <= 60) return slug;
        var cut = slug[..60];
        var dash = cut.LastIndexOf('-');
        return (dash > 20 ? cut[..dash] : cut).Trim('-');
    }
}
