using System.Collections.Concurrent;
using Site.Generator.Engine;

namespace Site.Generator.Output;

/// <summary>
/// Writes each document into the staging folder of an <see cref="AtomicOutput"/> the moment it is rendered and
/// keeps only a slim copy, with a summary of its links for the link check. So the build's memory no longer grows
/// with the size of the site's HTML; and since the staging folder is swapped in only after the whole build
/// succeeded, writing early publishes nothing early.
/// </summary>
public sealed class StagingSink(AtomicOutput output) : IOutputSink
{
    private readonly SlimDocuments _slim = new();

    public PipelineDocument Accept(PipelineDocument document)
    {
        if (document.Delivered) return document;
        // Told apart before writing: a file that exists after a failed write (a full disk) is not a second document.
        _slim.Claim(document);
        string path;
        try { path = output.Write(document.Destination, document.WriteTo); }
        catch (IOException e) { throw WriteFailure.Of(e, document.Destination, output.StagingDirectory); }
        return _slim.Of(document, path);
    }
}

/// <summary>
/// What <c>check</c> does with each document: writes nothing and keeps, as a build does, only a slim copy with its
/// links for the link check. So <c>check</c> holds no more of the site at once than <c>build</c>.
/// </summary>
public sealed class DiscardingSink : IOutputSink
{
    private readonly SlimDocuments _slim = new();

    public PipelineDocument Accept(PipelineDocument document)
    {
        if (document.Delivered) return document;
        _slim.Claim(document);
        return _slim.Of(document, file: null);
    }
}

/// <summary>What the sinks keep of a document once its content is gone, and the check that no two want one file.</summary>
internal sealed class SlimDocuments
{
    private readonly StringPool _pool = new();
    private readonly ConcurrentDictionary<string, byte> _destinations = new(StringComparer.Ordinal);

    public void Claim(PipelineDocument document)
    {
        if (!_destinations.TryAdd(document.Destination, 0))
            throw new InvalidOperationException($"Two documents want the same file: {document.Destination}");
    }

    /// <param name="file">Where the content was written, if it was: the link check reads a page back for a line number.</param>
    public PipelineDocument Of(PipelineDocument document, string? file) =>
        // Later pipelines (the link check) need only a page's links.
        document.HasText && document.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? document.WithoutContent(file, (PageLinks.MetadataKey, PageLinks.Read(document.Text!, _pool)))
            : document.WithoutContent(file);
}
