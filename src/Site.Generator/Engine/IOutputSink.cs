namespace Site.Generator.Engine;

/// <summary>
/// Where a finished document goes the moment it is made. A large study renders tens of thousands of pages; if
/// each stayed in memory until the last was done, the build would hold the whole site at once. A sink may write
/// the document out and hand back a slim copy that keeps only what later steps need (its destination and
/// metadata), or keep it whole (the preview, which compares before it writes).
/// </summary>
public interface IOutputSink
{
    /// <summary>Takes a finished document; returns what the engine keeps of it, marked <see cref="PipelineDocument.Delivered"/>.</summary>
    PipelineDocument Accept(PipelineDocument document);
}

/// <summary>Keeps every document whole: for tests of the engine and for builds that write at the end.</summary>
public sealed class InMemorySink : IOutputSink
{
    public PipelineDocument Accept(PipelineDocument document) => document with { Delivered = true };
}
