namespace Site.Generator.Model;

/// <summary>What kind of work the study was published as; it decides the entry type of every citation format.</summary>
public enum PublicationType { MastersThesis, PhdThesis, Report, ArticleJournal, Book, Chapter, WorkingPaper, Dataset }

/// <summary>
/// How the study was published, and so how it is cited: the type, and the fields that type needs (a thesis its
/// degree, programme and institution; a report its institution; an article its journal; …). Which fields a type
/// requires is checked by <c>Citations.PublicationRules</c>, which reports each missing one at the block.
/// </summary>
[Description("How the study was published and is cited.")]
public sealed class Publication : Entity
{
    [Required, Description("masters-thesis, phd-thesis, report, article-journal, book, chapter, working-paper or dataset")]
    public PublicationType Type { get; set; }

    [Description("Thesis only (required): the thesis type as the thesis names itself and its page shows, e.g. Master's thesis, PhD thesis")]
    public string? Degree { get; set; }
    [Description("Thesis only (required): the study programme, e.g. MSc in Education")]
    public string? Programme { get; set; }
    [Description("Other types: the kind of work as it names itself, e.g. Research report, Working paper (optional)")]
    public string? Genre { get; set; }
    [Description("Thesis: the degree-granting university; report and working paper: the issuing institution (required for these)")]
    public string? Institution { get; set; }
    [Description("Book, chapter, dataset (required): the publisher, or the repository that holds a dataset")]
    public string? Publisher { get; set; }
    [Description("Place of publication, e.g. Oslo (optional)")]
    public string? Place { get; set; }
    [Description("Report or working paper number, e.g. 2024:3 (optional)")]
    public string? Number { get; set; }
    [Description("Article (required): the journal's name")]
    public string? Journal { get; set; }
    [Description("Article: volume (optional)")]
    public string? Volume { get; set; }
    [Description("Article: issue (optional)")]
    public string? Issue { get; set; }
    [Description("Article or chapter: page range, e.g. 101-118 (optional)")]
    public string? Pages { get; set; }
    [Description("Chapter (required): the title of the book the chapter is in")]
    public string? BookTitle { get; set; }
    [Description("Chapter: the book's editors (optional)")]
    public List<Person> Editors { get; set; } = new();
    [Description("Dataset: version (optional)")]
    public string? Version { get; set; }
    [Description("DOI without https://doi.org/, e.g. 10.1234/abcd (optional)")]
    public string? Doi { get; set; }
    [Description("Book or chapter: ISBN (optional)")]
    public string? Isbn { get; set; }
    [Description("Article: the journal's ISSN (optional)")]
    public string? Issn { get; set; }
    [Description("The slug of the front-matter chapter whose text is the study's abstract, e.g. summary; reference managers save it as the abstract (optional)")]
    public string? AbstractChapter { get; set; }
    [Description("Citation styles shown on every citing page, in order: the id of a CSL style the theme ships (apa, chicago-author-date, harvard-cite-them-right, ieee) or a .csl file in the study folder, e.g. styles/my-journal.csl. Default: apa, chicago-author-date")]
    public List<string> CitationStyles { get; set; } = new();

    public bool IsThesis => Type is PublicationType.MastersThesis or PublicationType.PhdThesis;

    /// <summary>The kind of work in the study's own words: a thesis's degree, else its genre (may be empty).</summary>
    public string GenreText => (IsThesis ? Degree : Genre)?.Trim() ?? "";
}
