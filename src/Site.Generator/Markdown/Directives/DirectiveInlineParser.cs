using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Generator.Markdown.Directives;

/// <summary>Recognises <c>:name[argument]</c> for the known inline directive names only, so ordinary colons stay text.</summary>
public sealed class DirectiveInlineParser : InlineParser
{
    public static readonly string[] Names = ["quote"];

    public DirectiveInlineParser() => OpeningCharacters = [':'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var text = slice.Text;
        foreach (var name in Names)
        {
            var prefix = ":" + name + "[";
            if (string.CompareOrdinal(text, start, prefix, 0, prefix.Length) != 0) continue;
            var close = text.IndexOf(']', start + prefix.Length);
            if (close < 0 || close > slice.End) return false;
            var argument = text.Substring(start + prefix.Length, close - start - prefix.Length).Trim();
            var line = processor.GetSourcePosition(start, out var sourceLine, out var column);
            processor.Inline = new DirectiveInline
            {
                Name = name,
                Argument = argument,
                Span = new Markdig.Syntax.SourceSpan(line, line + close - start),
                Line = sourceLine,
                Column = column,
            };
            slice.Start = close + 1;
            return true;
        }
        return false;
    }
}
