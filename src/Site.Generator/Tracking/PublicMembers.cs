using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Site.Generator.Tracking;

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
            .Select(p => (p.Name, Getter(type, Expression.Property(Expression.Convert(Instance, type), p))));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Getter(type, Expression.Field(Expression.Convert(Instance, type), f))));
        return properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
    });

    private static readonly ParameterExpression Instance = Expression.Parameter(typeof(object), "instance");

    /// <summary>A compiled getter: the preview digests every page's spec member by member, and reflection's getter was slow.</summary>
    private static Func<object, object?> Getter(Type type, Expression member) =>
        Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), Instance).Compile();

    /// <summary>True for values that hold no other objects: text, numbers, flags, dates, enums.</summary>
    public static bool IsScalar(object value) => value is string or IConvertible or Enum or DateTimeOffset or TimeSpan or Guid;

    /// <summary>True for objects of this generator (the study and its views), whose members lead to more of the study.</summary>
    public static bool IsOurs(object value) => value.GetType().Assembly == typeof(PublicMembers).Assembly;
}
