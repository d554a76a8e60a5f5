using Site.Generator.Diagnostics;

namespace Site.Generator.Engine;

/// <summary>What a module may see: the documents of finished pipelines, the diagnostics and the output. What the site shares, a pipeline is given when it is made.</summary>
public sealed class PipelineContext(string pipeline, IReadOnlyDictionary<string, IReadOnlyList<PipelineDocument>> outputs, DiagnosticBag diagnostics, IOutputSink? output = null, CancellationToken cancel = default)
{
    public string Pipeline { get; } = pipeline;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Set when the build is interrupted: a module that runs another program ends it.</summary>
    public CancellationToken Cancel { get; } = cancel;

    /// <summary>The documents another pipeline produced; only dependencies (or, in post-process, all pipelines) are visible.</summary>
    public IReadOnlyList<PipelineDocument> OutputsOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var documents) ? documents : throw new InvalidOperationException($"Pipeline {Pipeline} reads {pipeline}, which it does not depend on.");

    /// <summary>
    /// Hands a finished document to the output at once (a pipeline that renders many pages calls this for each,
    /// so that the pages need not all be held in memory); returns what to keep of it. For a pipeline that
    /// writes nothing, the document itself.
    /// </summary>
    public PipelineDocument Deliver(PipelineDocument document) => output is null ? document : output.Accept(document);

    public IEnumerable<PipelineDocument> AllOutputs => outputs.OrderBy(o => o.Key, StringComparer.Ordinal).SelectMany(o => o.Value);
}
