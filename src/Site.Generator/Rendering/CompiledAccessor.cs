using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Generator.Rendering;

/// <summary>
/// Reads the members of one of our view or model classes for Scriban through delegates bound to the property
/// getters, where Scriban's own accessor calls each getter by reflection. Templates read thousands of members per
/// page; the members offered are Scriban's (public instance properties with a getter and fields, named by the
/// context's renamer, the most derived first), so templates see no difference.
/// </summary>
internal sealed class CompiledAccessor : IObjectAccessor
{
    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

    private CompiledAccessor(Type type, MemberRenamerDelegate rename)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var field in current.GetFields(declared))
                _getters.TryAdd(rename(field), field.GetValue);
            foreach (var property in current.GetProperties(declared))
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                    _getters.TryAdd(rename(property), Getter(property));
        }
    }

    /// <summary>
    /// An accessor for a plain class of this generator, or null for anything else: collections, dictionaries and
    /// script objects keep Scriban's accessors, which know their items.
    /// </summary>
    public static CompiledAccessor? For(Type type, MemberRenamerDelegate? rename) =>
        rename is not null && type.IsClass && type.Assembly == typeof(CompiledAccessor).Assembly
            && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type)
            ? new CompiledAccessor(type, rename) : null;

    private static Func<object, object?> Getter(PropertyInfo property) =>
        (Func<object, object?>)typeof(CompiledAccessor).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property.GetMethod!])!;

    private static Func<object, object?> Bind<TTarget, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => get((TTarget)target);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
