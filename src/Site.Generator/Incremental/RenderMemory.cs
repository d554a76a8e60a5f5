using Site.Generator.Model;
using Site.Generator.Output;
using Site.Generator.Views;

namespace Site.Generator.Incremental;

/// <summary>
/// What the last good build of a preview session rendered: for each page, a digest of its page spec, what it read
/// of the study (<see cref="Tracking.ReadLog"/>) and its links; and what the theme, the interface strings and the options
/// were. The preview server keeps it for the session, so that after an edit it renders only the pages whose
/// inputs changed (<see cref="RenderPlan"/>). Empty at first: the first build renders everything.
/// </summary>
public sealed class RenderMemory
{
    internal string? Globals { get; private set; }
    internal IReadOnlyDictionary<string, PageRecord> Pages { get; private set; } = new Dictionary<string, PageRecord>();
    internal ReadTable Reads { get; private set; } = new();

    /// <summary>Plans a render that reuses every page whose inputs are as they were in the last build.</summary>
    /// <param name="globals">
    /// A digest of what every page may depend on besides the study (the templates, the interface strings, the
    /// options, the assets' addresses): if it changed, every page is rendered again.
    /// </param>
    /// <param name="outputDirectory">The folder the last build's pages are in.</param>
    /// <param name="view">The site's view of the study; with <paramref name="model"/>, where the reads of the last build are read again.</param>
    public RenderPlan Plan(string globals, string outputDirectory, SiteView view, StudyModel model) => new(this, globals, outputDirectory, [view, model]);

    /// <summary>Plans a render of every page, recording what each reads, e.g. for the first build.</summary>
    public RenderPlan PlanFull(string globals, string outputDirectory) => new(this, globals, outputDirectory, study: null);

    internal void Remember(string globals, IReadOnlyDictionary<string, PageRecord> pages, ReadTable reads)
    {
        Globals = globals;
        Pages = pages;
        Reads = reads;
    }

    /// <summary>Drops everything: the output folder may no longer be what was recorded, so render it all next time.</summary>
    public void Forget() => Remember(null!, new Dictionary<string, PageRecord>(), new ReadTable());
}

/// <summary>A rendered page as the memory keeps it: the digest of its spec, the reads it made (by number), its links.</summary>
internal sealed record PageRecord(string Spec, int[] Reads, PageLinks Links);
