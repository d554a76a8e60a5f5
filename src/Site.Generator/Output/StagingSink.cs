using System.Collections.Concurrent;
using Site.Generator.Engine;
using Site.Generator.Validation;

namespace Site.Generator.Output;

/// <summary>
/// Writes each document into the staging folder of an <see cref="AtomicOutput"/> the moment it is rendered and
/// keeps only a slim copy, with a summary of its links for the link check. So the build's memory no longer grows
/// with the size of the site's HTML; and since the staging folder is swapped in only after the whole build
/// succeeded, writing early publishes nothing early.
/// </summary>
public sealed class StagingSink(AtomicOutput output) : IOutputSink
{
    private readonly StringPool _pool = new();
    private readonly ConcurrentDictionary<string, byte> _destinations = new(StringComparer.Ordinal);

    public PipelineDocument Accept(PipelineDocument document)
    {
        if (document.Delivered) return document;
        // Told apart before writing: a file that exists after a failed write (a full disk) is not a second document.
        if (!_destinations.TryAdd(document.Destination, 0))
            throw new InvalidOperationException($"Two documents want the same file: {document.Destination}");
        string path;
        try { path = output.Write(document.Destination, document.WriteTo); }
        catch (IOException e) { throw WriteFailure.Of(e, document.Destination, output.StagingDirectory); }
        // Later pipelines (the link check) need only a page's links.
        return document.HasText && document.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? document.WithoutContent(path, (PageLinks.MetadataKey, PageLinks.Read(document.Text!, _pool)))
            : document.WithoutContent(path);
    }
}
