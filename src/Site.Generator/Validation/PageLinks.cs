using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Site.Generator.Engine;

namespace Site.Generator.Validation;

/// <summary>
/// What the link check needs to know of a rendered page, small enough to keep for every page of a large site
/// once the page itself has been written and let go: the root-relative hrefs it holds, the ids it defines, and
/// any id link the generator failed to resolve. Strings come from a shared pool, so the thousands of pages that
/// link to the same page share one string for it.
/// </summary>
public sealed partial record PageLinks(IReadOnlyCollection<string> Hrefs, IReadOnlyCollection<string> Ids, IReadOnlyCollection<string> UnresolvedIdLinks)
{
    public const string MetadataKey = "page-links";

    [GeneratedRegex("""\shref="(/[^"]*)""")]
    private static partial Regex RootRelativeHref();

    [GeneratedRegex("""\shref="([a-z]+:[^"]*)""")]
    private static partial Regex SchemeHref();

    [GeneratedRegex("""\sid="([^"]+)""")]
    private static partial Regex Id();

    /// <summary>The links of a page: those its sink recorded, or, for a page still in memory, read from its text.</summary>
    public static PageLinks Of(PipelineDocument page, StringPool pool) =>
        page.Find<PageLinks>(MetadataKey) ?? Read(page.Text ?? "", pool);

    public static PageLinks Read(string html, StringPool pool)
    {
        var hrefs = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in RootRelativeHref().Matches(html)) hrefs.Add(pool.Intern(match.Groups[1].Value));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Id().Matches(html)) ids.Add(pool.Intern(match.Groups[1].Value));
        var unresolved = SchemeHref().Matches(html).Select(m => m.Groups[1].Value)
            .Where(link => Markdown.References.ReferenceSchemes.ByScheme.ContainsKey(link[..link.IndexOf(':')])).ToArray();
        return new PageLinks(hrefs.ToArray(), ids.ToArray(), unresolved);
    }

    /// <summary>The line of a page on which an href first stands, for the diagnostic.</summary>
    public static int LineOf(string? html, string href)
    {
        if (html is null) return 1;
        var index = html.IndexOf($"href=\"{href}", StringComparison.Ordinal);
        return index < 0 ? 1 : 1 + html.AsSpan(0, index).Count('\n');
    }
}

/// <summary>One shared instance of each string: many pages, few distinct links.</summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Intern(string value) => _strings.GetOrAdd(value, value);
}
