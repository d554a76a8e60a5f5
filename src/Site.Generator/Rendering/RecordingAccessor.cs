using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Generator.Tracking;
using Site.Generator.Model;

namespace Site.Generator.Rendering;

/// <summary>
/// Scriban's accessor for objects with a stable key, which also notes each member read into the context's
/// <see cref="ReadLog"/>, when it has one (the preview's builds). Otherwise it only passes the reads on.
/// </summary>
internal sealed class RecordingAccessor(IObjectAccessor inner) : IObjectAccessor
{
    private static void Note(TemplateContext context, object target, string member)
    {
        if (context is EscapingTemplateContext { Reads: { } log } && target is IStableKey keyed) log.Add(keyed, member);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target)
    {
        Note(context, target, ReadLog.WholeObject);
        return inner.GetMemberCount(context, span, target);
    }

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        Note(context, target, ReadLog.WholeObject);
        return inner.GetMembers(context, span, target);
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        Note(context, target, member);
        return inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        Note(context, target, ReadLog.WholeObject);
        return inner.TryGetItem(context, span, target, index, out value);
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}
