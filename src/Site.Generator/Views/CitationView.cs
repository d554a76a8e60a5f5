using Site.Generator.Citations;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>"Siter dette": the citation in each format, and the files to download.</summary>
public sealed class CitationView(Citation citation, string pagePath) : Incremental.IComputedView
{
    IReadOnlyList<object?> Incremental.IComputedView.Inputs => [citation, pagePath];

    public const string BibFile = "sitat.bib";
    public const string RisFile = "sitat.ris";
    public const string CslFile = "sitat.json";

    public string Apa => CitationFormats.Apa(citation);
    public Html ApaHtml => new(CitationFormats.ApaHtml(citation));
    public string Chicago => CitationFormats.Chicago(citation);
    public string Bibtex => CitationFormats.BibTex(citation);
    public string Ris => CitationFormats.Ris(citation);
    public string CslJson => CitationFormats.CslJson(citation);

    // The copyable text of each format, for a <pre>. Scriban indents every line of a partial that is called from an
    // indented line, which would shift RIS tags off the first column (where the RIS format requires them) when
    // copied; with its line breaks written as &#10; the text is one source line that no indentation can reach.
    public Html BibtexBlock => PreText(Bibtex);
    public Html RisBlock => PreText(Ris);
    public Html CslJsonBlock => PreText(CslJson);

    public string BibUrl => pagePath + BibFile;
    public string RisUrl => pagePath + RisFile;
    public string CslUrl => pagePath + CslFile;

    /// <summary>The downloads beside a page that cites: file name and content, the same text the page shows.</summary>
    public static IEnumerable<(string Name, string Text)> Downloads(Citation citation) =>
    [
        (BibFile, CitationFormats.BibTex(citation)),
        (RisFile, CitationFormats.Ris(citation)),
        (CslFile, CitationFormats.CslJson(citation)),
    ];

    private static Html PreText(string text) =>
        new(HtmlText.Escape(text.ReplaceLineEndings("\n")).Replace("\n", "&#10;", StringComparison.Ordinal));
}
