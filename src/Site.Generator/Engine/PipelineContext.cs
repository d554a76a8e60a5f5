using Site.Generator.Diagnostics;

using Site.Generator.Build;

namespace Site.Generator.Engine;

/// <summary>What a module may see: the site's shared services, the documents of finished pipelines, and the diagnostics.</summary>
public sealed class PipelineContext(SiteContext site, string pipeline, IReadOnlyDictionary<string, IReadOnlyList<PipelineDocument>> outputs, DiagnosticBag diagnostics)
{
    public SiteContext Site { get; } = site;
    public string Pipeline { get; } = pipeline;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The documents another pipeline produced; only dependencies (or, in post-process, all pipelines) are visible.</summary>
    public IReadOnlyList<PipelineDocument> OutputsOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var documents) ? documents : throw new InvalidOperationException($"Pipeline {Pipeline} reads {pipeline}, which it does not depend on.");

    public IEnumerable<PipelineDocument> AllOutputs => outputs.OrderBy(o => o.Key, StringComparer.Ordinal).SelectMany(o => o.Value);
}
