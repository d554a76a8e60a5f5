using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// What each publication type is called in every format: the BibTeX (biblatex) entry type, the RIS TY, the CSL type,
/// the schema.org type, and the Highwire tag that names its institution, which is how Zotero's Embedded Metadata
/// translator and Google Scholar tell a thesis, a report, an article and a chapter apart.
/// </summary>
public sealed record PublicationKind(string BibTex, string Ris, string Csl, string SchemaOrg, string? HighwireInstitutionTag, string DublinCoreType)
{
    public static PublicationKind Of(PublicationType type) => type switch
    {
        PublicationType.MastersThesis => new("mastersthesis", "THES", "thesis", "Thesis", "citation_dissertation_institution", "thesis"),
        PublicationType.PhdThesis => new("phdthesis", "THES", "thesis", "Thesis", "citation_dissertation_institution", "thesis"),
        PublicationType.Report => new("techreport", "RPRT", "report", "Report", "citation_technical_report_institution", "report"),
        // BibTeX and RIS have no working paper: a report whose type names it (as Zotero exports one).
        PublicationType.WorkingPaper => new("techreport", "RPRT", "report", "Report", "citation_technical_report_institution", "workingpaper"),
        PublicationType.ArticleJournal => new("article", "JOUR", "article-journal", "ScholarlyArticle", null, "article"),
        PublicationType.Book => new("book", "BOOK", "book", "Book", null, "book"),
        PublicationType.Chapter => new("incollection", "CHAP", "chapter", "Chapter", null, "bookitem"),
        // biblatex's @dataset (citation-js, Zotero and biber read it); classic BibTeX styles treat it as @misc.
        PublicationType.Dataset => new("dataset", "DATA", "dataset", "Dataset", null, "dataset"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
