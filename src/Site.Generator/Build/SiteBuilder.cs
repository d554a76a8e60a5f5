using System.Diagnostics;
using Site.Generator.Diagnostics;
using Site.Generator.Engine;
using Site.Generator.Incremental;
using Site.Generator.Linking;
using Site.Generator.Loading;
using Site.Generator.Localization;
using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Generator.Output;
using Site.Generator.Pipelines;
using Site.Generator.Rendering;
using Site.Generator.Tracking;
using Site.Generator.Urls;
using Site.Generator.Validation;
using Site.Generator.Views;

namespace Site.Generator.Build;

/// <summary>
/// The one place that knows the order of things: load the study, parse its text, link and check it, load the
/// theme, run the pipelines, and write the site atomically. Everything it calls knows nothing of the rest.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    /// <param name="RenderedPages">In the preview, the pages rendered (the others were kept from the last build); else null.</param>
    /// <param name="ExplorerPath">The explorer's folder, e.g. /explore/: the search index is made from its files.</param>
    /// <param name="Contacts">The contact details the site may not publish: the search index is checked for them.</param>
    public sealed record Report(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesByPipeline, int Files, TimeSpan Elapsed,
        string ExplorerPath, ContactPatterns Contacts, IReadOnlyList<string>? RenderedPages = null);

    /// <summary>True once the build has swapped the new site in (what an interruption says it left).</summary>
    public Func<bool> Committed { get; private set; } = () => false;

    /// <summary>Where the time of the last build went.</summary>
    public PhaseTimings Timings { get; } = new();

    /// <summary>Loads, checks and renders the site without writing it (the <c>check</c> command).</summary>
    public Report Check()
    {
        var started = Stopwatch.GetTimestamp();
        if (options.BaseUrl is { } baseUrl) BaseUrlCheck.Check(baseUrl);
        var diagnostics = new DiagnosticBag();
        var site = Prepare(diagnostics);
        var result = Render(site, diagnostics, new DiscardingSink());
        return new Report(diagnostics.Items, Count(result), result.Documents.Count, Stopwatch.GetElapsedTime(started), site.Urls.Explorer, site.Contacts);
    }

    /// <summary>Builds the site into the output folder, or throws <see cref="BuildFailedException"/> and leaves it as it was.</summary>
    /// <param name="memory">The preview's: gets what every page read, so that later updates can keep pages.</param>
    /// <param name="cancel">
    /// Ctrl+C or SIGTERM: the staging folder is deleted at once (from the thread that cancels) and nothing is written
    /// after; the build then fails with <see cref="OperationCanceledException"/> at its next write.
    /// </param>
    public Report Build(RenderMemory? memory = null, CancellationToken cancel = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (options.BaseUrl is { } baseUrl) BaseUrlCheck.Check(baseUrl);
        options.CheckOutput(); // before anything is read: a mistyped --output fails at once
        var diagnostics = new DiagnosticBag();
        var site = Prepare(diagnostics, recordReads: memory is not null);
        site.Plan = memory?.PlanFull(PageGlobals(site), options.OutputDirectory);
        using var output = new AtomicOutput(options.OutputDirectory);
        using var abandon = cancel.Register(output.Abandon);
        Committed = () => output.IsCommitted;
        // Pages go to the staging folder as they are rendered; it replaces the output only if all succeeds.
        var result = Render(site, diagnostics, new StagingSink(output), cancel);
        if (options.BuildSearchIndex) IndexSearch(output.StagingDirectory, site.Urls.Explorer, site.Contacts, cancel);
        Timings.Measure("commit", output.Commit);
        if (output.LeftBehind is not null)
            diagnostics.Warning(SourceLocation.FileOnly(output.LeftBehind), "O01",
                $"the new site is in place, but the previous one could not be deleted: {output.LeftBehindReason}",
                $"the next build removes it; or delete {output.LeftBehind} yourself");
        site.Plan?.Commit();
        var files = Directory.GetFiles(options.OutputDirectory, "*", SearchOption.AllDirectories).Length;
        return new Report(diagnostics.Items, Count(result), files, Stopwatch.GetElapsedTime(started), site.Urls.Explorer, site.Contacts, site.Plan?.RenderedPages);
    }

    /// <summary>
    /// For the preview server: renders the site in memory, then writes only what changed into the output folder
    /// (the search index is left to <see cref="Search.Pagefind"/>, run afterwards). With the session's
    /// <paramref name="memory"/> of the last build, only the pages whose inputs changed are rendered; the others
    /// keep their files.
    /// </summary>
    /// <param name="showFirst">
    /// Pages (output paths) open in a browser. Once the study has loaded and passed its checks, these are rendered
    /// and written first (with the theme's assets), and <paramref name="shown"/> is called, before the rest of the
    /// site is rendered: the reader sees an edit in the time of one page, not of the whole site. If the full
    /// render then fails, those files are put back as they were.
    /// </param>
    public (Report Report, InPlaceOutput.Changes Changes) Update(IReadOnlySet<string>? showFirst = null, Action? shown = null, RenderMemory? memory = null)
    {
        var started = Stopwatch.GetTimestamp();
        if (options.BaseUrl is { } baseUrl) BaseUrlCheck.Check(baseUrl);
        options.CheckOutput();
        var diagnostics = new DiagnosticBag();
        var site = Prepare(diagnostics, recordReads: memory is not null);
        try
        {
            var rollback = showFirst is { Count: > 0 } && shown is not null ? Timings.Measure("first pages", () => WriteAhead(site, showFirst)) : null;
            if (rollback is { Count: > 0 }) shown!();
            // Planned after the open pages are shown: they are rendered anyway, and written only if they changed.
            if (memory is not null) site.Plan = Timings.Measure("plan", () => memory.Plan(PageGlobals(site), options.OutputDirectory, site.View, site.Model));
            PipelineEngine.Result result;
            try { result = Render(site, diagnostics); }
            catch (BuildFailedException)
            {
                rollback?.Restore();
                throw;
            }
            var kept = site.Plan?.KeptPages ?? new HashSet<string>();
            var changes = Timings.Measure("write", () => InPlaceOutput.Update(options.OutputDirectory,
                result.Documents.Where(d => !kept.Contains(d.Destination)).Select(d => (d.Destination, d.Content)).ToList(),
                keep: path => Search.Pagefind.IsIndexFile(path) || kept.Contains(path)));
            site.Plan?.Commit();
            return (new Report(diagnostics.Items, Count(result), result.Documents.Count, Stopwatch.GetElapsedTime(started), site.Urls.Explorer, site.Contacts, site.Plan?.RenderedPages), changes);
        }
        catch (Exception e) when (e is not BuildFailedException)
        {
            memory?.Forget(); // files may have been written that the memory does not know of
            throw;
        }
    }

    /// <summary>
    /// Indexes a written site for search (Pagefind) and checks the index for contact details, as every file the
    /// build writes is checked: the build runs it on the staged site, the preview on the served one after each
    /// rebuild. Throws <see cref="BuildFailedException"/> on a find.
    /// </summary>
    public void IndexSearch(string siteDirectory, string explorerPath, ContactPatterns contacts, CancellationToken cancel = default)
    {
        Timings.Measure("search index", () => Search.Pagefind.Index(siteDirectory, Path.GetFullPath(options.ThemeDirectory), explorerPath, cancel));
        Timings.Measure("search index privacy", () => PrivacyGate.ScanSearchIndex(siteDirectory, Search.Pagefind.OutputFolder, contacts, OutputDisplayPath));
    }

    /// <summary>
    /// What every page may depend on besides the study, for the preview's <see cref="RenderMemory"/>: the options,
    /// the templates, the interface strings, and the assets' addresses (a page names them; their bytes are written
    /// anyway). If any changed, every page is rendered again.
    /// </summary>
    private string PageGlobals(SiteContext site) => ValueFingerprint.Of(new object[]
    {
        (options with { DisplayRoot = "" }).ToString(),
        site.Templates.SourceFingerprint,
        site.View.T,
        site.Assets.Files.Select(f => f.Destination).ToList(),
    });

    private InPlaceOutput.Rollback? WriteAhead(SiteContext site, IReadOnlySet<string> pages)
    {
        List<(string, byte[])> files;
        try
        {
            files = SitePipelines.Pages(site).SelectMany(p => p.RenderOnly(pages)).Select(d => (d.Destination, d.Content)).ToList();
        }
        catch (TemplateFailedException)
        {
            return null; // the full render reports it
        }
        if (files.Count == 0) return null;
        files.AddRange(site.Assets.Files.Select(f => (f.Destination, f.Bytes))); // the pages may name new fingerprinted assets
        return InPlaceOutput.WriteAhead(options.OutputDirectory, files);
    }

    /// <param name="recordReads">Note what each page reads of the study (for the preview's <see cref="RenderMemory"/>).</param>
    public SiteContext Prepare(DiagnosticBag diagnostics, bool recordReads = false)
    {
        // The theme does not depend on the study: it is read beside it (the thesis: 36 ms of a 0.3 s build). Its
        // errors are waited for before any are reported, so a failed build names the same errors every time.
        var theme = Task.Run(() => Timings.Measure("theme", () => LoadTheme(diagnostics, recordReads)));
        var model = Timings.Measure("load", () => new StudyLoader(options.InputDirectory, diagnostics, options.DisplayRoot).Load());
        theme.GetAwaiter().GetResult();
        diagnostics.ThrowIfErrors();
        if (model is null) throw new BuildFailedException(diagnostics.Items);
        _baseUrl = ResolveBaseUrl(model.Study, diagnostics);

        var themeParts = theme.GetAwaiter().GetResult();
        var locale = LocaleLoader.Load(Path.GetFullPath(options.ThemeDirectory), options.UiLanguage ?? model.Study.Language, model.Study.Urls,
            _ => model.Study.LocationOf("urls"), diagnostics, options.DisplayRoot, model.Study.Strings, _ => model.Study.LocationOf("strings"));
        diagnostics.ThrowIfErrors();
        var urls = new UrlScheme(model, locale.Urls);

        // citeproc-js renders the study's citations beside the parsing; a bibliography file is read by it first,
        // since its entries are what the text cites.
        Citations.PublicationRules.Check(model.Study, diagnostics);
        var bibliography = Citations.Bibliography.Find(options.InputDirectory, options.DisplayRoot, diagnostics);
        var rendering = Task.Run(() => Timings.Measure("citeproc", () => Citations.StudyCitations.Render(model.Study, bibliography,
            Path.GetFullPath(options.InputDirectory), Path.GetFullPath(options.ThemeDirectory), options.DisplayRoot, diagnostics)));
        if (bibliography is not null && rendering.GetAwaiter().GetResult() is { } rendered)
            model.Works.AddRange(Citations.Bibliography.Works(rendered.BibliographyItems, rendered.Bibliography, rendered.And, rendered.EtAl, bibliography));

        // The bibliography's entries first: where works.yml names the same author and year, the bibliography is the authority.
        var citations = new CitationMatcher(model.Works.OrderBy(w => w.CitationKey is null).Cast<ICitable>().Concat(model.Documents));
        var images = new StudyImages(options.InputDirectory, locale.Urls["figures"], diagnostics);
        var input = Path.GetFullPath(options.InputDirectory);
        var parser = new ChapterParser(citations, diagnostics, (chapter, src, at) => images.Publish(
            Path.GetRelativePath(input, Path.GetFullPath(Path.Combine(options.DisplayRoot, Path.GetDirectoryName(chapter.SourcePath) ?? "", src))), at));
        var parsed = new ChapterParser.Result[model.Chapters.Count];
        Timings.Measure("parse", () => Parallel.For(0, parsed.Length, i => parsed[i] = parser.Parse(model.Chapters[i])));

        var references = parsed.SelectMany(p => p.References).ToList();
        var linker = new StudyLinker(model, urls, locale, diagnostics);
        Timings.Measure("link", () =>
        {
            linker.Link(references);
            Addresses.Assign(model, urls, locale);
        });
        // The checks read the linked study and only add diagnostics (which are sorted when read): side by side.
        Timings.Measure("check", () => Parallel.Invoke(
            () => ChapterCheck.Run(model, diagnostics),
            () => CaseCheck.Run(model, diagnostics),
            () => CodingCheck.Run(model, diagnostics),
            () => TextLinkCheck.Run(references, linker, diagnostics),
            () => SourceTextCheck.Run(model, diagnostics),
            () => PrivacyCheck.Run(model, diagnostics),
            () => FigureCheck.Run(model, themeParts.Templates.PartialsIn("figures"), images, diagnostics),
            () => AddressCheck.Run(model, urls, key => model.Study.Urls.ContainsKey(key) ? model.Study.LocationOf("urls") : locale.Source, diagnostics)));
        // The layouts' ids: those written in them, and the anchors they take from the URL words (#quotes).
        var layoutIds = themeParts.Templates.LayoutIds.Concat(locale.Urls.All.Where(w => w.Key.StartsWith("anchor_", StringComparison.Ordinal)).Select(w => w.Value)).ToHashSet(StringComparer.Ordinal);
        LayoutIdCheck.Run(model.Chapters, layoutIds, diagnostics);
        BibliographyCheck.Run(model, references, diagnostics);
        var studyCitations = rendering.GetAwaiter().GetResult();
        diagnostics.ThrowIfErrors();
        model.Study.Abstract = Citations.StudyAbstract.Of(model, diagnostics);
        diagnostics.ThrowIfErrors();

        return CreateContext(model, linker, parsed.ToDictionary(p => p.Chapter), themeParts, locale, urls, images, studyCitations!);
    }

    private sealed record Theme(AssetManifest Assets, ThemeTemplates Templates);

    private Theme LoadTheme(DiagnosticBag diagnostics, bool recordReads)
    {
        var theme = Path.GetFullPath(options.ThemeDirectory);
        var assets = new AssetManifest(theme, options.DisplayRoot, diagnostics);
        var templates = new ThemeTemplates(theme, options.DisplayRoot, diagnostics, TemplateFunctions.Create(() => assets, Absolute), recordReads);
        return new Theme(assets, templates);
    }

    private string Absolute(string path) => _baseUrl + path;

    // Known once the study is loaded (study.yml may name it); templates call absolute_url only while rendering.
    private string _baseUrl = "";

    /// <summary>The site's public address: the command line's, else study.yml's <c>url</c>, else the host's ($URL); warns when none is known.</summary>
    private string ResolveBaseUrl(Study study, DiagnosticBag diagnostics)
    {
        if (study.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            diagnostics.Error(study.LocationOf("url"), "URL02", $"'{url}' is not an absolute http(s) address", "write the address readers open, e.g. https://example.org/");
        var resolved = options.ResolveBaseUrl(study.Url);
        if (resolved.Length == 0)
            diagnostics.Warning(SourceLocation.FileOnly(study.Location.File), "URL01",
                "the site has no public address: canonical links, citations and the data download use root-relative addresses, and no sitemap is written",
                "set url: in study.yml, or pass --base-url URL (on Netlify, $URL is used)");
        return resolved;
    }

    private SiteContext CreateContext(StudyModel model, StudyLinker linker, Dictionary<Chapter, ChapterParser.Result> parsed, Theme theme, Locale locale, UrlScheme urls,
        StudyImages images, Citations.StudyCitations citations)
    {
        var (assets, templates) = theme;
        var view = new SiteView(model, urls, _baseUrl, locale, options.DevelopmentScript);
        return new SiteContext
        {
            BuildDocuments = options.BuildDocuments,
            ThemeDirectory = Path.GetFullPath(options.ThemeDirectory),
            OutputDirectory = options.OutputDirectory,
            OutputDisplayPath = OutputDisplayPath,
            DisplayRoot = options.DisplayRoot,
            Contacts = PrivacyCheck.Patterns(model.Study),
            BaseUrl = _baseUrl,
            Model = model,
            Linker = linker,
            ParsedChapters = parsed,
            Templates = templates,
            Assets = assets,
            View = view,
            Urls = urls,
            Locale = locale,
            Images = images,
            Pages = new PageRenderer(templates, () => view, Absolute),
            Citations = citations,
        };
    }

    /// <summary>Runs the pipelines; documents go to <paramref name="output"/>, or stay in memory when it is null.</summary>
    /// <param name="cancel">Ends the external programs a pipeline runs (WeasyPrint) when the build is interrupted.</param>
    public PipelineEngine.Result Render(SiteContext site, DiagnosticBag diagnostics, IOutputSink? output = null, CancellationToken cancel = default)
    {
        try
        {
            // Every file is checked for contact details on its way out, whatever made it (PrivacyGate).
            // Quote pages are checked for ties between anonymous attributions and pseudonyms (AnonymityGate).
            var gate = new AnonymityGate(site.Model, diagnostics,
                new PrivacyGate(site.Contacts, diagnostics, output ?? new InMemorySink(), OutputDisplayPath), OutputDisplayPath);
            var result = Timings.Measure("render", () => new PipelineEngine(diagnostics, gate, cancel).Run(SitePipelines.All(site)));
            Timings.Pipelines = result.Timings;
            diagnostics.ThrowIfErrors();
            return result;
        }
        catch (TemplateFailedException e)
        {
            diagnostics.Add(e.Diagnostic);
            throw new BuildFailedException(diagnostics.Items);
        }
    }

    /// <summary>The output folder as diagnostics name it (relative to the display root, like the input's paths).</summary>
    private string OutputDisplayPath => options.OutputDisplayPath();

    private static IReadOnlyDictionary<string, int> Count(PipelineEngine.Result result) =>
        result.ByPipeline.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal)));
}
