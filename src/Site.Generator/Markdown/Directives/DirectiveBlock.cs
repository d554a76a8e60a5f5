using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Generator.Markdown.Directives;

/// <summary>A leaf block directive on a line of its own: <c>::name[argument]</c>, e.g. <c>::quote[ole-formell-kompetanse]</c>.</summary>
public sealed class DirectiveBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string Name { get; init; }
    public string? Argument { get; init; }
}
