using Scriban.Parsing;
using Scriban.Runtime;
using Site.Generator.Model;
using Site.Generator.Rendering;
using Site.Generator.Tracking;

namespace Site.Generator.Incremental;

/// <summary>
/// Reads one member of an object as a template would (through the same Scriban accessors, names in snake case)
/// and digests its value. One thread at a time.
/// </summary>
internal sealed class MemberReader
{
    private readonly EscapingTemplateContext _context = new(new ScriptObject());

    public string Fingerprint(object target, string member)
    {
        if (member == ReadLog.WholeObject) return ValueFingerprint.OfMembers((IStableKey)target);
        return _context.GetMemberAccessor(target).TryGetValue(_context, default(SourceSpan), target, member, out var value)
            ? ValueFingerprint.Of(value)
            : "absent";
    }
}
