using Site.Generator.Model;

namespace Site.Generator.Interchange;

/// <summary>
/// The study's coding hierarchy and a quote's codes, as the export needs them. The one place that knows how the
/// model holds its codes, so that a change of the coding model touches the export here only.
/// </summary>
public static class StudyCodes
{
    public sealed record Node(string Id, string Title, string? Description, string? Color, IReadOnlyList<Node> Children);

    public static IEnumerable<Node> Of(StudyModel model) => model.Coding.Codes.Select(NodeOf);

    private static Node NodeOf(Code code) => new(code.Id, code.Title, code.Description, code.Color, code.Codes.Select(NodeOf).ToList());

    public static IEnumerable<string> OfQuote(Quote quote) => quote.CodeIds;
}
