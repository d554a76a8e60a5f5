using Site.Generator.Build;
using Site.Generator.Output;
using Site.Generator.Tracking;

namespace Site.Generator.Incremental;

/// <summary>
/// What the last good build of a preview session rendered: for each page, a digest of its page spec, what it read
/// of the study (<see cref="ReadLog"/>) and its links; and what the theme, the interface strings and the options
/// were. The preview server keeps it for the session, so that after an edit it renders only the pages whose
/// inputs changed (<see cref="RenderPlan"/>). Empty at first: the first build renders everything.
/// </summary>
public sealed class RenderMemory
{
    internal string? Globals { get; private set; }
    internal IReadOnlyDictionary<string, PageRecord> Pages { get; private set; } = new Dictionary<string, PageRecord>();
    internal ReadTable Reads { get; private set; } = new();

    /// <summary>Plans a render that reuses every page whose inputs are as they were in the last build.</summary>
    public RenderPlan Plan(SiteContext site) => new(this, site, GlobalsOf(site), reuse: true);

    /// <summary>Plans a render of every page, recording what each reads, e.g. for the first build.</summary>
    public RenderPlan PlanFull(SiteContext site) => new(this, site, GlobalsOf(site), reuse: false);

    internal void Remember(string globals, IReadOnlyDictionary<string, PageRecord> pages, ReadTable reads)
    {
        Globals = globals;
        Pages = pages;
        Reads = reads;
    }

    /// <summary>Drops everything: the output folder may no longer be what was recorded, so render it all next time.</summary>
    public void Forget() => Remember(null!, new Dictionary<string, PageRecord>(), new ReadTable());

    /// <summary>
    /// What every page may depend on besides the study: the templates, the interface strings, the options, and
    /// the assets' addresses (a page names them; their bytes are written anyway). If any changed, every page is
    /// rendered again.
    /// </summary>
    private static string GlobalsOf(SiteContext site) => ValueFingerprint.Of(new object[]
    {
        (site.Options with { DisplayRoot = "" }).ToString(),
        site.Templates.SourceFingerprint,
        site.View.T,
        site.Assets.Files.Select(f => f.Destination).ToList(),
    });
}

/// <summary>A rendered page as the memory keeps it: the digest of its spec, the reads it made (by number), its links.</summary>
internal sealed record PageRecord(string Spec, int[] Reads, PageLinks Links);
