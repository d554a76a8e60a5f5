namespace Site.Generator.Engine;

/// <summary>
/// A named sequence of modules that makes one kind of output, after Statiq's model. A pipeline declares the
/// pipelines whose documents it needs; the engine runs independent pipelines in parallel.
/// Phases: Input and Process run once the dependencies' Process phases are done; PostProcess runs after every
/// pipeline's Process phase (it may look at all documents, e.g. to check links). Writing is the output sink's
/// job, as each document is made (<see cref="IOutputSink"/>), not a phase.
/// </summary>
public abstract class Pipeline
{
    public virtual string Name => GetType().Name.EndsWith("Pipeline", StringComparison.Ordinal) ? GetType().Name[..^"Pipeline".Length] : GetType().Name;

    public HashSet<string> Dependencies { get; } = new(StringComparer.Ordinal);
    public List<IModule> InputModules { get; } = new();
    public List<IModule> ProcessModules { get; } = new();
    public List<IModule> PostProcessModules { get; } = new();

    /// <summary>Pipelines whose documents are data for others (not written) say so.</summary>
    public virtual bool WritesOutput => true;
}
