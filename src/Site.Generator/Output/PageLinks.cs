using System.Collections.Concurrent;
using Site.Generator.Engine;

namespace Site.Generator.Output;

/// <summary>
/// What the link check needs to know of a rendered page, small enough to keep for every page of a large site
/// once the page itself has been written and let go: the root-relative hrefs it holds, the ids it defines, and
/// any id link the generator failed to resolve. Strings come from a shared pool, so the thousands of pages that
/// link to the same page share one string for it.
/// </summary>
public sealed record PageLinks(IReadOnlyCollection<string> Hrefs, IReadOnlyCollection<string> Ids, IReadOnlyCollection<string> UnresolvedIdLinks)
{
    public const string MetadataKey = "page-links";

    /// <summary>The links of a page: those its sink recorded, or, for a page still in memory, read from its text.</summary>
    public static PageLinks Of(PipelineDocument page, StringPool pool) =>
        page.Find<PageLinks>(MetadataKey) ?? Read(page.Text ?? "", pool);

    /// <summary>
    /// Reads the values of the <c>href</c> and <c>id</c> attributes (each after white space, so <c>data-id</c> is
    /// not one). Every page of a build passes through here, so it scans with plain string search and takes
    /// strings from the pool without allocating one per link: regular expressions made this a third of the
    /// work of writing a page.
    /// </summary>
    public static PageLinks Read(string html, StringPool pool)
    {
        var hrefs = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = new List<string>();
        foreach (var range in AttributeValues(html, "href=\""))
        {
            var value = html.AsSpan(range);
            if (value.StartsWith('/')) hrefs.Add(pool.Intern(value));
            else if (SchemeOf(value) is { } scheme && Markdown.References.ReferenceSchemes.ByScheme.ContainsKey(scheme)) unresolved.Add(value.ToString());
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in AttributeValues(html, "id=\""))
            if (!html.AsSpan(range).IsEmpty) ids.Add(pool.Intern(html.AsSpan(range)));
        return new PageLinks(hrefs.ToArray(), ids.ToArray(), unresolved.ToArray());
    }

    /// <summary>Where the values of an attribute stand; <paramref name="name"/> ends in =" and must follow white space.</summary>
    private static List<Range> AttributeValues(string html, string name)
    {
        var values = new List<Range>();
        for (var at = html.IndexOf(name, StringComparison.Ordinal); at >= 0; at = html.IndexOf(name, at, StringComparison.Ordinal))
        {
            var start = at + name.Length;
            if (at == 0 || !char.IsWhiteSpace(html[at - 1])) { at = start; continue; }
            var end = html.IndexOf('"', start);
            if (end < 0) break;
            values.Add(start..end);
            at = end + 1;
        }
        return values;
    }

    /// <summary>The scheme of a link such as <c>quote:id</c> (lower-case letters before a colon), or null.</summary>
    private static string? SchemeOf(ReadOnlySpan<char> link)
    {
        var colon = link.IndexOf(':');
        if (colon <= 0) return null;
        foreach (var c in link[..colon]) if (c is < 'a' or > 'z') return null;
        return link[..colon].ToString();
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

    /// <summary>The shared string equal to these characters; a new string is made only the first time.</summary>
    public string Intern(ReadOnlySpan<char> value) =>
        _strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var shared) ? shared : Intern(value.ToString());
}
