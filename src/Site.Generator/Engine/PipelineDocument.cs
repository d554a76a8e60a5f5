namespace Site.Generator.Engine;

/// <summary>
/// What flows through a pipeline: a file to be, with its destination path (relative to the output folder),
/// its content once rendered, and the metadata modules leave for each other (the page model, its layout…).
/// Documents are immutable; a module returns new ones.
/// </summary>
public sealed record PipelineDocument(string Destination, IReadOnlyDictionary<string, object?> Metadata)
{
    public string? Text { get; init; }
    public byte[]? Bytes { get; init; }

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
    public byte[] Content => Bytes ?? System.Text.Encoding.UTF8.GetBytes(Text ?? "");
}
