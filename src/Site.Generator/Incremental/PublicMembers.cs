using System.Collections.Concurrent;
using System.Reflection;

namespace Site.Generator.Incremental;

/// <summary>
/// The public instance properties and fields of a type, by name in ordinal order: what a template can read of an
/// object (Scriban exposes the same members), read once per type.
/// </summary>
internal static class PublicMembers
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Cache = new();

    public static (string Name, Func<object, object?> Get)[] Of(Type type) => Cache.GetOrAdd(type, static type =>
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, (Func<object, object?>)f.GetValue));
        return properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
    });

    /// <summary>True for values that hold no other objects: text, numbers, flags, dates, enums.</summary>
    public static bool IsScalar(object value) => value is string or IConvertible or Enum or DateTimeOffset or TimeSpan or Guid;

    /// <summary>True for objects of this generator (the study and its views), whose members lead to more of the study.</summary>
    public static bool IsOurs(object value) => value.GetType().Assembly == typeof(PublicMembers).Assembly;
}
