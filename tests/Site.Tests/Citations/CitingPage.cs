using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.Citations;

/// <summary>
/// A built page with a «Siter» block, read as a visitor and a reference manager get it: the text the copy buttons
/// copy (textContent, trimmed, as site.js does), the files the download buttons save, and the head's metadata.
/// </summary>
public sealed class CitingPage
{
    private static readonly HtmlParser Parser = new();

    public string Path { get; }
    public string Url => BuiltSite.BaseUrl + Path;
    public IDocument Document { get; }

    private CitingPage(BuiltSite site, string path)
    {
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

    /// <summary>
    /// The file the «Last ned» button with this file extension saves, as site.js makes it: the text of the block it
    /// names, untrimmed, with CR LF line ends where the button asks for them. <c>CitationDownloadTests</c> clicks
    /// the buttons in a browser and checks that the saved files are exactly these.
    /// </summary>
    private string Download(string extension)
    {
        var buttons = Document.QuerySelectorAll(".cite .downloads button[data-download-from]").ToList();
        var button = buttons.SingleOrDefault(b => (b.GetAttribute("data-download-name") ?? "").EndsWith(extension, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{Path} has no download button for a {extension} file (buttons: {string.Join(", ", buttons.Select(b => b.GetAttribute("data-download-name")))})");
        var source = Document.GetElementById(button.GetAttribute("data-download-from")!)
            ?? throw new InvalidOperationException($"{Path}: the {extension} download names #{button.GetAttribute("data-download-from")}, which is not on the page");
        var text = source.TextContent;
        return button.GetAttribute("data-line-ending") == "crlf" ? text.ReplaceLineEndings("\r\n") : text;
    }

    /// <summary>The file name each download button saves as, with its extension as key.</summary>
    public IReadOnlyDictionary<string, string> DownloadNames =>
        Document.QuerySelectorAll(".cite .downloads button[data-download-name]")
            .Select(b => b.GetAttribute("data-download-name")!)
            .ToDictionary(name => System.IO.Path.GetExtension(name), name => name);
}
