using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Generator.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="Html"/>.
/// Escaping by default, as Razor does, means a template author cannot forget it: a quote containing
/// <c>&lt;script&gt;</c> is shown, never run.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins) : base(builtins)
    {
        MemberRenamer = member => Loading.Naming.ToSnakeCase(member.Name);
        EnableRelaxedMemberAccess = false;
        // A theme's endless loop ends in a located error instead of hanging the build. The limit counts the turns
        // of one loop, so it stands far above any list a study has (a million quotes).
        LoopLimit = 5_000_000;
        // Scriban cuts strings longer than 1 MB when it converts them (with "..."): a large study has such pages.
        LimitToString = 0;
        RecursiveLimit = 64;
        StrictVariables = true;
    }

    /// <summary>Where the members this context reads of the study are noted, in the preview's builds; else null.</summary>
    public Tracking.ReadLog? Reads { get; set; }

    /// <summary>
    /// Whether the text written last ended a line, which decides if Scriban indents what follows. It is private to
    /// Scriban, but a reused context and a partial written from memory must leave it as a fresh render would.
    /// </summary>
    internal ref bool AtLineStart => ref PreviousTextWasNewLine(this);

    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    // Scriban builds a member accessor (reflection over every property, each name renamed) per type and per
    // context; a context per page would redo that for every page. All these contexts are configured alike, so
    // one accessor per type serves them all (accessors hold no per-context state). Objects with a stable key get
    // one that notes what is read of them.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        if (SharedAccessors.TryGetValue(target.GetType(), out var shared)) return shared;
        var accessor = (IObjectAccessor?)CompiledAccessor.For(target.GetType(), MemberRenamer) ?? base.GetMemberAccessorImpl(target);
        if (accessor is not null && target is Model.IStableKey) accessor = new RecordingAccessor(accessor);
        if (accessor is not null) SharedAccessors.TryAdd(target.GetType(), accessor);
        return accessor!;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is Html html) return Write(html.Value);
        if (textAsObject is LayoutContent content)
        {
            content.Draw(this);
            return this;
        }
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject);
        return Write(HtmlText.Escape(text ?? ""));
    }
}
