using Site.Generator.Diagnostics;

namespace Site.Generator.Model;

/// <summary>
/// Something read from an input file. It remembers where it, and each of its fields, was written,
/// so that a broken reference can be reported at the exact line and column.
/// </summary>
public abstract class Entity
{
    internal Dictionary<string, SourceLocation> FieldLocations { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the entity starts in its input file.</summary>
    public SourceLocation Location { get; internal set; }

    /// <summary>The location of one field (by its YAML key), or of the entity when the field was not written.</summary>
    public SourceLocation LocationOf(string key) => FieldLocations.TryGetValue(key, out var at) ? at : Location;
}

/// <summary>An entity with a stable public id: part of its page's URL, cited by researchers, so it never changes meaning.</summary>
public abstract class IdentifiedEntity : Entity, IStableKey
{
    [Required] public string Id { get; set; } = "";

    string IStableKey.StableKey => GetType().Name + ":" + Id;
}

/// <summary>The YAML key of a property whose C# name differs (ids of other entities: <c>theme</c> → <c>ThemeId</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YamlKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>Marks a YAML key that must be present.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;

/// <summary>Documents a YAML key; the text goes into the generated JSON Schema, so editors show it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class DescriptionAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
