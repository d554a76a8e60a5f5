using Markdig.Syntax.Inlines;

namespace Site.Generator.Markdown.Directives;

/// <summary>An inline directive in running text: <c>:quote[id]</c>.</summary>
public sealed class DirectiveInline : LeafInline
{
    public required string Name { get; init; }
    public required string Argument { get; init; }
}
