using Scriban;
using Scriban.Runtime;
using Site.Generator.Tracking;

namespace Site.Generator.Rendering;

/// <summary>
/// The contexts templates render in, each with Scriban's built-in functions and the site's own. Making a context
/// costs Scriban stacks and caches, and its member accessors are cached per context: each thread keeps one between
/// renders. A context is given back only after a render that ended normally, so its stacks are as a new one's; one
/// that saw an error is dropped.
/// </summary>
internal sealed class TemplateContextPool(ScriptObject functions, bool recordReads)
{
    /// <summary>
    /// Scriban's built-in functions, made once: building them imports every function by reflection, too slow to
    /// repeat for every page. Shared like the site's functions: templates only read them.
    /// </summary>
    private readonly ScriptObject _builtins = Builtins();

    private readonly ThreadLocal<EscapingTemplateContext?> _spare = new();
    // Where the output stands in a new context (indent, start of a line): the same for every context, whatever its
    // functions, so read once from an empty one, before any render thread starts; a reused context is put back there.
    private static readonly (string? Indent, bool AtLineStart) FreshState = StateOf(new EscapingTemplateContext(new ScriptObject()));

    private static (string? Indent, bool AtLineStart) StateOf(EscapingTemplateContext context) => (context.CurrentIndent, context.AtLineStart);

    public IEnumerable<string> BuiltinNames => _builtins.Keys;

    /// <param name="reads">Where to note what the render reads of the study, when reads are recorded.</param>
    public EscapingTemplateContext Take(ReadLog? reads = null)
    {
        var context = _spare.Value;
        _spare.Value = null;
        if (context is null)
        {
            context = new EscapingTemplateContext(_builtins);
            context.PushGlobal(functions);
        }
        context.Reads = recordReads ? reads ?? new ReadLog() : null;
        context.CurrentIndent = FreshState.Indent;
        context.AtLineStart = FreshState.AtLineStart;
        return context;
    }

    public void GiveBack(EscapingTemplateContext context)
    {
        context.Reads = null;
        _spare.Value = context;
    }

    private static ScriptObject Builtins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        // Scriban's include returns plain text, which the escaping context would escape: offer only 'partial'.
        builtins.Remove("include");
        // The same input builds the same files: a theme cannot read the clock.
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
            date.Add("now", new RefusedFunction("date.now", "the same study must build the same files; print a date of the study (study.year, a document's date) instead"));
        }
        return builtins;
    }
}
