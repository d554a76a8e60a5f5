using System.Collections.Concurrent;
using Site.Generator.Tracking;

namespace Site.Generator.Rendering;

/// <summary>
/// What the partials whose output depends only on their model (<see cref="PurePartials"/>) drew, per model: a
/// partial drawn again for the same model is written from here.
/// </summary>
internal sealed class PartialMemo(HashSet<string> pureNames)
{
    // Scriban indents a partial's lines as deep as the line that calls it, and its first line only if the text
    // before the call ended a line: both are part of the key, and a hit leaves the context as drawing it would.
    // What the drawing read of the study is kept with it: a page that shows it again has read the same.
    private readonly ConcurrentDictionary<Key, (Html Html, string? Indent, bool AtLineStart, ReadLog? Reads)> _drawn = new();

    internal readonly record struct Key(string Partial, object Model, string? Indent, bool AtLineStart);

    public IReadOnlyCollection<string> Names => pureNames;

    /// <summary>The HTML the partial drew before for this model, here, with the context left as drawing it would.</summary>
    public bool TryReplay(EscapingTemplateContext context, string name, object? model, out Html html)
    {
        html = default!;
        if (!IsPure(name, model) || !_drawn.TryGetValue(KeyOf(context, name, model!), out var drawn)) return false;
        context.CurrentIndent = drawn.Indent;
        context.AtLineStart = drawn.AtLineStart;
        if (drawn.Reads is not null) context.Reads?.AddAll(drawn.Reads);
        html = drawn.Html;
        return true;
    }

    /// <summary>Starts noting a drawing of a pure partial (null for any other), with its own reads.</summary>
    public Drawing? Begin(EscapingTemplateContext context, string name, object? model)
    {
        if (!IsPure(name, model)) return null;
        var pageReads = context.Reads;
        var ownReads = pageReads is not null ? new ReadLog() : null;
        if (ownReads is not null) context.Reads = ownReads;
        return new Drawing(this, KeyOf(context, name, model!), context, pageReads, ownReads);
    }

    private bool IsPure(string name, object? model) => model is not null && pureNames.Contains(name);

    private static Key KeyOf(EscapingTemplateContext context, string name, object model) => new(name, model, context.CurrentIndent, context.AtLineStart);

    /// <summary>A pure partial being drawn: <see cref="Keep"/> what it drew, and <see cref="End"/> it whether or not it failed.</summary>
    internal sealed class Drawing(PartialMemo memo, Key key, EscapingTemplateContext context, ReadLog? pageReads, ReadLog? ownReads)
    {
        public void Keep(Html html) => memo._drawn.TryAdd(key, (html, context.CurrentIndent, context.AtLineStart, ownReads));

        /// <summary>The page reads again into its own log, and has read all the partial did.</summary>
        public void End()
        {
            if (ownReads is null) return;
            context.Reads = pageReads;
            pageReads!.AddAll(ownReads);
        }
    }
}
