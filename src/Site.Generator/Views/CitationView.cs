using Site.Generator.Citations;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>"Siter dette": the citation in each format, and the files to download.</summary>
public sealed class CitationView(Citation citation, string pagePath)
{
    public const string BibFile = "sitat.bib";
    public const string RisFile = "sitat.ris";
    public const string CslFile = "sitat.json";

    public string Apa => CitationFormats.Apa(citation);
    public Html ApaHtml => new(CitationFormats.ApaHtml(citation));
    public string Chicago => CitationFormats.Chicago(citation);
    public string Bibtex => CitationFormats.BibTex(citation);
    public string Ris => CitationFormats.Ris(citation);
    public string CslJson => CitationFormats.CslJson(citation);
    public string BibUrl => pagePath + BibFile;
    public string RisUrl => pagePath + RisFile;
    public string CslUrl => pagePath + CslFile;
}
