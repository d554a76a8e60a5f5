namespace Site.Generator.Engine;

/// <summary>
/// What flows through a pipeline: a file to be, with its destination path (relative to the output folder),
/// its content once rendered, and the metadata modules leave for each other (the page model, its layout…).
/// Documents are immutable; a module returns new ones.
/// </summary>
public sealed record PipelineDocument(string Destination, IReadOnlyDictionary<string, object?> Metadata)
{
    // Text stays a string until it is written: a page goes to the output as soon as it is rendered (see
    // StagingSink), which reads its links from the text, so converting it to UTF-8 on creation only to decode it
    // again there cost 640 MB of garbage at 10,000 quote pages. The few documents kept whole until the end
    // (sitemap, explorer data) are small beside that.
    public string? Text { get; init; }

    /// <summary>True when the document is text.</summary>
    public bool HasText => Text is not null;

    public byte[]? Bytes { get; init; }

    /// <summary>True once the document went to the output sink; its content may then be gone (see <see cref="WrittenTo"/>).</summary>
    public bool Delivered { get; init; }

    /// <summary>The file the sink wrote the content to, when it let go of the content; null while it is in memory.</summary>
    public string? WrittenTo { get; init; }

    /// <summary>The text, from memory or, once written and let go, from its file.</summary>
    public string? ReadText() => HasText ? Text : WrittenTo is not null ? File.ReadAllText(WrittenTo) : null;

    /// <summary>
    /// What is left of a document whose content now lives in <paramref name="file"/> (or nowhere: <c>check</c>): its destination and only the
    /// metadata given, not what rendering it needed. A page's views and model stayed reachable until the end of the
    /// build otherwise, and every full garbage collection went through them again.
    /// </summary>
    public PipelineDocument WithoutContent(string? file, params (string Key, object? Value)[] metadata) =>
        Create(Destination, metadata) with { Delivered = true, WrittenTo = file };

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
    public byte[] Content => Bytes ?? (Text is null ? [] : System.Text.Encoding.UTF8.GetBytes(Text));

    /// <summary>
    /// Writes the content to a new file (a build writes into a fresh folder; an existing file is an error). Text
    /// is encoded in pieces through one buffer per thread: a buffer the size of each page was a large object for
    /// every long page, and new garbage for every file.
    /// </summary>
    /// <remarks>
    /// Created, not replaced: .NET replaces a file by truncating it, and ext4 then starts writing a truncated
    /// file out to disk as soon as it is closed (its guard against losing a replaced file in a crash), in the
    /// thread that closes it. At 10,000 quotes, writing to disk instead of memory added 2.8 s of CPU time to our
    /// build and 0.8 s to Hugo's; creating the files instead took the build's kernel time on disk from 2.2–2.6 s
    /// to 1.4–2.2 s (tests/benchmark, alternating runs).
    /// </remarks>
    public void WriteTo(string path)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        if (Text is null)
        {
            RandomAccess.Write(file, Bytes ?? [], 0);
            return;
        }
        var buffer = _writeBuffer ??= new byte[WriteBufferSize];
        var encoder = Utf8.GetEncoder();
        var chars = Text.AsSpan();
        long offset = 0;
        bool completed;
        do
        {
            encoder.Convert(chars, buffer, flush: true, out var used, out var written, out completed);
            RandomAccess.Write(file, buffer.AsSpan(0, written), offset);
            offset += written;
            chars = chars[used..];
        } while (!completed);
    }

    private const int WriteBufferSize = 64 * 1024;
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    [ThreadStatic] private static byte[]? _writeBuffer;
}
