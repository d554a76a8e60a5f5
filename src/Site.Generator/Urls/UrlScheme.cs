using Site.Generator.Model;

namespace Site.Generator.Urls;

/// <summary>
/// Every page's path. These are published and cited for years: change nothing here without adding a redirect.
/// Paths are lower-case ASCII with a trailing slash; the page file is <c>{path}index.html</c>.
/// </summary>
public sealed class UrlScheme(StudyModel study)
{
    private readonly string _caseSegment = Slug.From(study.Study.CaseTerm.Plural);

    public const string Home = "/";
    public const string Chapters = "/kapitler/";
    public const string Quotes = "/sitater/";
    public const string Findings = "/funn/";
    public const string Comparison = "/sammenligning/";
    public const string Coding = "/koding/";
    public const string Matrix = "/matrise/";
    public const string Concepts = "/begreper/";
    public const string Works = "/kilder/";
    public const string Documents = "/dokumenter/";
    public const string Explorer = "/utforsk/";
    public const string About = "/om/";
    public const string Informants = "/informanter/";
    public const string SourceText = "/kildetekst/";

    public string Cases => $"/{_caseSegment}/";

    public static string Chapter(Chapter chapter) => chapter.Kind switch
    {
        ChapterKind.Chapter => $"/kapitler/{chapter.Number}/",
        ChapterKind.Appendix => $"/vedlegg/{chapter.Number}/",
        _ => $"/{chapter.Slug}/",
    };

    public static string Quote(string id) => $"/sitater/{id}/";
    public static string Finding(string id) => $"/funn/{id}/";
    public static string Question(int number) => $"/forskningssporsmal/{number}/";
    public string Case(string id) => $"/{_caseSegment}/{id}/";
    public static string Informant(string id) => $"/informanter/{id}/";
    public static string Dimension(string id) => $"/dimensjoner/{id}/";
    public static string Theme(string id) => $"/temaer/{id}/";
    public static string Concept(string id) => $"/begreper/{id}/";
    public static string Work(string id) => $"/kilder/#{id}";
    public static string Document(string id) => $"/dokumenter/#{id}";
    public static string Figure(Figure figure, Section? section) => section is null ? "#" + figure.Id : $"{section.Chapter.Url}#{figure.Id}";

    /// <summary>The output file of a page path: /sitater/x/ → sitater/x/index.html.</summary>
    public static string FileOf(string path) => path.TrimStart('/') + "index.html";
}
