using Site.Generator.Urls;

namespace Site.Synthetic;

/// <summary>Hands out ids from words: a slug, shortened, with -2, -3 … where the slug is taken (one namespace per instance).</summary>
public sealed class UniqueIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Claim(string words)
    {
        var slug = Slug.From(words);
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        var id = slug;
        for (var n = 2; !_taken.Add(id); n++) id = $"{slug}-{n}";
        return id;
    }
}
