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
        LoopLimit = 0;
        RecursiveLimit = 64;
        StrictVariables = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is Html html) return Write(html.Value);
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject);
        return Write(HtmlText.Escape(text ?? ""));
    }
}
