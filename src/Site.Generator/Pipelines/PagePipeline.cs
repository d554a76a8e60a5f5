using System.Collections.Concurrent;
using Site.Generator.Engine;
using Site.Generator.Incremental;
using Site.Generator.Tracking;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>A page to make: its path, its layout, what the base layout needs, and the layout's own variables.</summary>
public sealed record PageSpec(string Layout, PageView Page, IReadOnlyDictionary<string, object?> Variables)
{
    public PageSpec(string layout, PageView page, params (string Key, object? Value)[] variables)
        : this(layout, page, variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)) { }
}

/// <summary>
/// The shape most pipelines share: make page specs from the study, render each through its layout and the base
/// layout (in parallel), and hand the HTML on. A new page kind is a subclass that says which pages.
/// </summary>
public abstract class PagePipeline : Pipeline
{
    protected PagePipeline(SiteContext site)
    {
        Site = site;
        // The specs are made as the pages are rendered, a few at a time, not all before the first page: a spec
        // carries the page's metadata and views, and ten thousand of them made up front outlive several
        // collections, which then copy them from one generation to the next.
        ProcessModules.Add(new FunctionModule((_, context) =>
        {
            var rendered = new ConcurrentBag<(long Index, PipelineDocument Document)>();
            Parallel.ForEach(PageSpecs(), (spec, _, index) =>
            {
                var document = PipelineDocument.Create(DestinationOf(spec), ("spec", spec));
                // Delivered page by page: a build then holds one page per thread, not every page of the site.
                rendered.Add((index, Site.Plan is { } plan
                    ? RenderOrKeep(plan, document, context)
                    : context.Deliver(document with { Text = Render(spec) })));
            });
            return rendered.OrderBy(r => r.Index).Select(r => r.Document).ToList().Concat(ExtraFiles());
        }));
    }

    protected SiteContext Site { get; }

    /// <summary>
    /// Renders only the pages whose destination is wanted, outside the engine: the preview's fast path, which
    /// shows the pages open in the browser before the whole site is rendered.
    /// </summary>
    public IEnumerable<PipelineDocument> RenderOnly(IReadOnlySet<string> destinations) =>
        PageSpecs().Where(spec => destinations.Contains(DestinationOf(spec)))
            .Select(spec => PipelineDocument.Create(DestinationOf(spec)) with { Text = Render(spec) });

    private static string DestinationOf(PageSpec spec) => UrlScheme.FileOf(spec.Page.Path);

    private string Render(PageSpec spec, ReadLog? reads = null) => Site.Pages.Render(spec.Layout, spec.Page, spec.Variables, reads);

    /// <summary>The preview's render: keeps the page of the last build when nothing it depends on changed.</summary>
    private PipelineDocument RenderOrKeep(RenderPlan plan, PipelineDocument document, PipelineContext context)
    {
        var spec = document.Get<PageSpec>("spec");
        var fingerprint = ValueFingerprint.Of(spec); // before rendering, which sets the page's absolute URL
        if (plan.Keep(document.Destination, fingerprint) is { } kept) return kept;
        var reads = new ReadLog();
        var delivered = context.Deliver(document with { Text = Render(spec, reads) });
        return plan.Rendered(document.Destination, fingerprint, reads, delivered);
    }

    protected abstract IEnumerable<PageSpec> PageSpecs();

    /// <summary>Files besides the pages (downloads, data).</summary>
    protected virtual IEnumerable<PipelineDocument> ExtraFiles() => [];

    protected static PageView Page(string path, string kind, string title, string? description = null, params Crumb[] breadcrumbs) =>
        new() { Path = path, Kind = kind, Title = title, Description = description, Breadcrumbs = breadcrumbs.ToList() };

    protected Crumb HomeCrumb => new(T("home"), UrlScheme.Home);

    protected string T(string key) => Site.View.T.GetValueOrDefault(key, key);

    protected static PipelineDocument TextFile(string destination, string text) => PipelineDocument.Create(destination) with { Text = text };
}
