using Site.Generator.Citations;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>
/// "Cite this": the citation in each style the study names (rendered by citeproc-js) and each format, shown on the
/// page to copy, and offered as files to download. The files are made in the browser from the text the page shows
/// (site.js), not written beside every page: a study of 10,000 quotes would otherwise carry 30,000 small files that
/// only repeat its pages. They are named by the citation key, e.g. morgan2025-hannah-corridor.bib.
/// </summary>
public sealed class CitationView(Citation citation, IReadOnlyList<StyledReference> styles) : Tracking.IComputedView
{
    IReadOnlyList<object?> Tracking.IComputedView.Inputs => [citation, styles];

    public sealed record StyleView(string Id, string Title, Html Html, string Text, string InText);

    /// <summary>The reference in each of the study's styles, in the order study.yml names them.</summary>
    public IReadOnlyList<StyleView> Styles => styles.Select(s => new StyleView(s.StyleId, s.StyleTitle, new Html(s.Html), s.Text, s.InText)).ToList();

    public string Key => citation.Key;
    public string Bibtex => CitationFormats.BibTex(citation);
    public string Ris => CitationFormats.Ris(citation);
    public string CslJson => CitationFormats.CslJson(citation);

    // The copyable text of each format, for a <pre>. Scriban indents every line of a partial that is called from an
    // indented line, which would shift RIS tags off the first column (where the RIS format requires them) when
    // copied; with its line breaks written as &#10; the text is one source line that no indentation can reach.
    public Html BibtexBlock => PreText(Bibtex);
    public Html RisBlock => PreText(Ris);
    public Html CslJsonBlock => PreText(CslJson);

    private static Html PreText(string text) => new(HtmlText.EscapePreformatted(text));
}
