namespace Site.Generator.Engine;

/// <summary>
/// What flows through a pipeline: a file to be, with its destination path (relative to the output folder),
/// its content once rendered, and the metadata modules leave for each other (the page model, its layout…).
/// Documents are immutable; a module returns new ones.
/// </summary>
public sealed record PipelineDocument(string Destination, IReadOnlyDictionary<string, object?> Metadata)
{
    // Text is kept as UTF-8, the form it is written in: half the memory of a .NET string, and no second copy
    // when it is written.
    private readonly byte[]? _utf8;

    public string? Text
    {
        get => _utf8 is null ? null : System.Text.Encoding.UTF8.GetString(_utf8);
        init => _utf8 = value is null ? null : System.Text.Encoding.UTF8.GetBytes(value);
    }

    /// <summary>True when the document is text; cheaper than testing <see cref="Text"/>, which decodes it.</summary>
    public bool HasText => _utf8 is not null;

    public byte[]? Bytes { get; init; }

    /// <summary>True once the document went to the output sink; its content may then be gone (see <see cref="WrittenTo"/>).</summary>
    public bool Delivered { get; init; }

    /// <summary>The file the sink wrote the content to, when it let go of the content; null while it is in memory.</summary>
    public string? WrittenTo { get; init; }

    /// <summary>The text, from memory or, once written and let go, from its file.</summary>
    public string? ReadText() => HasText ? Text : WrittenTo is not null ? File.ReadAllText(WrittenTo) : null;

    /// <summary>A copy without content, for a document whose content now lives in <paramref name="file"/>.</summary>
    public PipelineDocument WithoutContent(string file) => new(Destination, Metadata) { Delivered = true, WrittenTo = file };

    public T Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : throw new KeyNotFoundException($"The document {Destination} has no '{key}' of type {typeof(T).Name}.");

    public T? Find<T>(string key) where T : class => Metadata.GetValueOrDefault(key) as T;

    public PipelineDocument With(string key, object? value)
    {
        var metadata = new Dictionary<string, object?>(Metadata, StringComparer.Ordinal) { [key] = value };
        return this with { Metadata = metadata };
    }

    public static PipelineDocument Create(string destination, params (string Key, object? Value)[] metadata) =>
        new(destination, metadata.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal));

    /// <summary>The bytes to write: the text as UTF-8, or the raw bytes.</summary>
    public byte[] Content => Bytes ?? _utf8 ?? [];
}
