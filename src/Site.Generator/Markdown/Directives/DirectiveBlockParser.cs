using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Generator.Markdown.Directives;

/// <summary>Recognises <c>::name[argument]</c> lines (the leaf-directive form of the CommonMark directive proposal).</summary>
public sealed partial class DirectiveBlockParser : BlockParser
{
    public DirectiveBlockParser() => OpeningCharacters = [':'];

    [GeneratedRegex(@"^::(?<name>[a-z][a-z-]*)(?:\[(?<argument>[^\]]*)\])?\s*$")]
    private static partial Regex Line();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = Line().Match(processor.Line.ToString());
        if (!match.Success) return BlockState.None;
        processor.NewBlocks.Push(new DirectiveBlock(this)
        {
            Name = match.Groups["name"].Value,
            Argument = match.Groups["argument"].Success ? match.Groups["argument"].Value.Trim() : null,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }
}
