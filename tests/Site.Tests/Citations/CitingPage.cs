using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.Citations;

/// <summary>
/// A built page with a «Siter» block, read as a visitor and a reference manager get it: the text the copy buttons
/// copy (textContent, trimmed, as site.js does), the files the download links lead to, and the head's metadata.
/// </summary>
public sealed class CitingPage
{
    private static readonly HtmlParser Parser = new();
    private readonly BuiltSite _site;

    public string Path { get; }
    public string Url => BuiltSite.BaseUrl + Path;
    public IDocument Document { get; }

    private CitingPage(BuiltSite site, string path)
    {
        _site = site;
        Path = path;
        Document = Parser.ParseDocument(site.Read(path.TrimStart('/') + "index.html"));
    }

    public static CitingPage Load(BuiltSite site, string path) => new(site, path);

    /// <summary>Every quote page of the built thesis (/sitater/{id}/), in id order.</summary>
    public static IReadOnlyList<CitingPage> QuotePages(BuiltSite site) =>
        Directory.GetDirectories(System.IO.Path.Combine(site.Output, "sitater"))
            .Where(d => File.Exists(System.IO.Path.Combine(d, "index.html")))
            .Select(d => "/sitater/" + System.IO.Path.GetFileName(d) + "/")
            .Order(StringComparer.Ordinal)
            .Select(path => Load(site, path))
            .ToList();

    public string QuoteId => Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

    public string Apa => Copied("cite-apa-text");
    public string CopiedBibTex => Copied("cite-bibtex-text");
    public string CopiedRis => Copied("cite-ris-text");
    public string CopiedCslJson => Copied("cite-csl-text");

    public string DownloadedBibTex => Download(".bib");
    public string DownloadedRis => Download(".ris");
    public string DownloadedCslJson => Download(".json");

    /// <summary>The content of every meta name=… in the head with that name, in document order.</summary>
    public IReadOnlyList<string> Meta(string name) =>
        Document.QuerySelectorAll("head > meta[name]").Where(m => m.GetAttribute("name") == name).Select(m => m.GetAttribute("content") ?? "").ToList();

    private string Copied(string id) =>
        (Document.GetElementById(id) ?? throw new InvalidOperationException($"{Path} has no #{id}")).TextContent.Trim();

    /// <summary>The file the «Last ned» link with this extension points at, as the host serves it.</summary>
    private string Download(string extension)
    {
        var links = Document.QuerySelectorAll(".cite .downloads a[download][href]").Select(a => a.GetAttribute("href")!).ToList();
        var href = links.SingleOrDefault(h => h.EndsWith(extension, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{Path} has no download link ending in {extension} (links: {string.Join(", ", links)})");
        var file = System.IO.Path.Combine(_site.Output, href.TrimStart('/'));
        if (!File.Exists(file)) throw new InvalidOperationException($"{Path} links to {href}, which the build did not write.");
        return File.ReadAllText(file);
    }
}
