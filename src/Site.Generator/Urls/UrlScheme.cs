using Site.Generator.Model;

namespace Site.Generator.Urls;

/// <summary>
/// Every page's path, made of the site's URL words (<see cref="UrlWords"/>: its language's, or the study's own).
/// These are published and cited for years: a change of a word needs redirects for the old addresses.
/// Paths are lower-case with a trailing slash; the page file is <c>{path}index.html</c>.
/// </summary>
public sealed class UrlScheme(StudyModel study, UrlWords words)
{
    private readonly string _caseSegment = CaseSegment(study.Study.CaseTerm);

    /// <summary>The cases' folder: case_term's path, else its plural as a slug (empty when it has no letters a–z).</summary>
    public static string CaseSegment(CaseTerm term) => term.Path ?? Slug.From(term.Plural);

    public UrlWords Words => words;

    public const string Home = "/";
    public string Chapters => Folder("chapters");
    public string Quotes => Folder("quotes");
    public string Findings => Folder("findings");
    public string Comparison => Folder("comparison");
    public string Coding => Folder("coding");
    public string Matrix => Folder("matrix");
    public string Concepts => Folder("concepts");
    public string Works => Folder("works");
    public string Documents => Folder("documents");
    public string Explorer => Folder("explorer");
    public string About => Folder("about");
    public string Informants => Folder("informants");
    public string SourceText => Folder("source_text");
    public string Cases => $"/{_caseSegment}/";

    public string Chapter(Chapter chapter) => chapter.Kind switch
    {
        ChapterKind.Chapter => $"{Chapters}{chapter.Number}/",
        ChapterKind.Appendix => $"{Folder("appendices")}{chapter.Number}/",
        _ => $"/{chapter.Slug}/",
    };

    public string Quote(string id) => $"{Quotes}{id}/";
    public string Finding(string id) => $"{Findings}{id}/";
    public string Question(int number) => $"{Folder("questions")}{number}/";
    public string Case(string id) => $"{Cases}{id}/";
    public string Informant(string id) => $"{Informants}{id}/";
    /// <summary>A code's page: its level names the folder (coding.yml <c>levels: path</c>).</summary>
    public string Code(Code code) => $"/{code.Level.Path}/{code.Id}/";
    public string Concept(string id) => $"{Concepts}{id}/";
    public string Work(string id) => $"{Works}#{id}";
    public string Document(string id) => $"{Documents}#{id}";

    private string Folder(string key) => $"/{words[key]}/";

    /// <summary>The output file of a page path: /quotes/x/ → quotes/x/index.html.</summary>
    public static string FileOf(string path) => path.TrimStart('/') + "index.html";
}
