namespace Site.Generator.Model;

/// <summary>
/// The whole study as read from <c>input/</c>: the research data and the running text.
/// It knows nothing of HTML; <see cref="Linking.StudyLinker"/> adds the relations between its parts.
/// </summary>
public sealed class StudyModel
{
    public required Study Study { get; init; }
    public List<Case> Cases { get; init; } = new();
    public ComparisonTable? Comparison { get; init; }
    public List<Informant> Informants { get; init; } = new();
    public required CodingFile Coding { get; init; }
    public List<Quote> Quotes { get; init; } = new();
    public List<Finding> Findings { get; init; } = new();
    public List<Concept> Concepts { get; init; } = new();
    public List<Work> Works { get; init; } = new();
    public List<Document> Documents { get; init; } = new();
    public List<Figure> Figures { get; init; } = new();
    public List<Redirect> Redirects { get; init; } = new();
    public List<Chapter> Chapters { get; init; } = new();

    /// <summary>The source text the quotes are taken from, if the study ships it (input/source/).</summary>
    public string? SourceText { get; init; }
    public string? SourceTextPath { get; init; }
    /// <summary>Each source file's text, in name order: a study imported from a QDA project has one per interview.</summary>
    public IReadOnlyList<string> SourceTexts { get; init; } = [];

    public List<CodingLevel> Levels => Coding.Levels;
    /// <summary>Every code, each before the codes under it, in the order of the coding file.</summary>
    public IEnumerable<Code> Codes => Coding.Codes.SelectMany(c => c.SelfAndDescendants);
}
