using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.SiteOutput;

/// <summary>
/// The HTML pages of a built site, parsed once, with the rules a static host uses to map a URL to a file
/// (a path ending in / serves its index.html). Shared by the checks that read the output.
/// </summary>
public sealed class OutputPages
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public string Output { get; }
    public string BaseUrl { get; }

    public OutputPages(string output, string baseUrl)
    {
        Output = Path.GetFullPath(output);
        BaseUrl = baseUrl.TrimEnd('/');
    }

    /// <summary>Output-relative paths of every HTML file, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files => _files ??= Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    private IReadOnlyList<string>? _files;

    public IDocument Document(string file)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(file, out var document))
                _documents[file] = document = Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, file)));
            return document;
        }
    }

    /// <summary>The URL path a file is served at: sitater/x/index.html → /sitater/x/.</summary>
    public static string UrlOf(string file) =>
        file == "index.html" ? "/" : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;

    /// <summary>
    /// Where a link from a page leads inside the site: the output file and the fragment, or null when the link
    /// leaves the site (another host, mailto:, tel:, data:). Absolute URLs on the site's own base URL count as internal.
    /// </summary>
    public Target? Resolve(string fromFile, string href)
    {
        var pageUri = new Uri("https://site.invalid" + UrlOf(fromFile));
        var trimmed = href.Trim();
        if (trimmed.StartsWith(BaseUrl + "/", StringComparison.Ordinal) || trimmed == BaseUrl) trimmed = trimmed[BaseUrl.Length..];
        if (!Uri.TryCreate(pageUri, trimmed, out var uri) || uri.Host != pageUri.Host || uri.Scheme != pageUri.Scheme) return null;

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : uri.Fragment == "#" || trimmed.EndsWith('#') ? "" : null;
        var file = path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');
        return new Target(file, path, fragment);
    }

    public bool Exists(Target target) => File.Exists(Path.Combine(Output, target.File));

    /// <summary>The ids of a page's elements: the places a #fragment may point at.</summary>
    public IReadOnlySet<string> IdsOf(string file)
    {
        lock (_ids)
        {
            if (!_ids.TryGetValue(file, out var ids))
                _ids[file] = ids = Document(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            return ids;
        }
    }
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>Every URL-valued attribute of a page that the browser follows or loads.</summary>
    public static IEnumerable<(IElement Element, string Attribute, string Value)> Links(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href], [src], [action], [cite], [poster], [formaction]"))
        {
            foreach (var attribute in new[] { "href", "src", "action", "cite", "poster", "formaction" })
            {
                var value = element.GetAttribute(attribute);
                if (value is not null) yield return (element, attribute, value);
            }
        }
    }

    public sealed record Target(string File, string Path, string? Fragment);
}
