namespace Site.Generator.Markdown.References;

/// <summary>Maps link schemes (<c>quote:</c>, <c>concept:</c>, …) to reference kinds, and tells unsafe URLs apart.</summary>
public static class ReferenceSchemes
{
    public static readonly IReadOnlyDictionary<string, ReferenceKind> ByScheme = new Dictionary<string, ReferenceKind>(StringComparer.Ordinal)
    {
        ["quote"] = ReferenceKind.Quote,
        ["finding"] = ReferenceKind.Finding,
        ["concept"] = ReferenceKind.Concept,
        ["section"] = ReferenceKind.Section,
        ["chapter"] = ReferenceKind.Chapter,
        ["question"] = ReferenceKind.Question,
        ["case"] = ReferenceKind.Case,
        ["informant"] = ReferenceKind.Informant,
        ["code"] = ReferenceKind.Code,
        ["work"] = ReferenceKind.Work,
        ["document"] = ReferenceKind.Document,
        ["figure"] = ReferenceKind.Figure,
    };

    /// <summary>Splits <c>scheme:id</c>; false for ordinary URLs.</summary>
    public static bool TryParse(string url, out ReferenceKind kind, out string id)
    {
        kind = default;
        id = "";
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        if (!ByScheme.TryGetValue(url[..colon], out kind)) return false;
        id = url[(colon + 1)..];
        return true;
    }

    /// <summary>True for a URL with a scheme or a host (<c>https://…</c>, <c>//host/…</c>): not the site's own file.</summary>
    public static bool IsAbsolute(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal)) return true;
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>Only web links, relative links and fragments may leave the text; <c>javascript:</c>, <c>data:</c> and the like never.</summary>
    public static bool IsSafeExternal(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative URL or fragment
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https";
    }
}
