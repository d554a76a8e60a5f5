using Site.Generator.Output;

namespace Site.Generator.Build;

/// <summary>What to build from where: the command line fills these in.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string ThemeDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    /// <summary>
    /// The public address of the site, for canonical URLs, sitemaps and citations, when given on the command line.
    /// Null: study.yml's <c>url</c>, else <see cref="HostBaseUrl"/>, else none (see <see cref="SiteBuilder"/>).
    /// </summary>
    public string? BaseUrl { get; init; }
    /// <summary>The address the host reports for the site (Netlify's $URL), used when neither the command line nor study.yml gives one.</summary>
    public string? HostBaseUrl { get; init; }
    /// <summary>Paths in diagnostics are relative to this folder (the working directory).</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();
    /// <summary>Language of the interface (menus, labels, URL words) when not the study's own (study.yml <c>language</c>).</summary>
    public string? UiLanguage { get; init; }
    /// <summary>Run Pagefind over the built site to make the search index.</summary>
    public bool BuildSearchIndex { get; init; } = true;
    /// <summary>Typeset the study as a PDF and an EPUB (off: <c>--no-pdf</c>; the preview makes them only with <c>--pdf</c>).</summary>
    public bool BuildDocuments { get; init; }
    /// <summary>Added to the head of every page in development, e.g. the live-reload script.</summary>
    public string? DevelopmentScript { get; init; }

    /// <summary>The output folder as diagnostics name it (relative to the display root, like the input's paths).</summary>
    public string OutputDisplayPath() => Path.GetRelativePath(DisplayRoot, Path.GetFullPath(OutputDirectory));

    /// <summary>
    /// Refuses an output folder whose replacement would destroy something of the author's (<see cref="OutputGuard"/>),
    /// before anything is read: a mistyped <c>--output</c> fails at once.
    /// </summary>
    public void CheckOutput() => OutputGuard.Check(OutputDirectory, InputDirectory, ThemeDirectory, Directory.GetCurrentDirectory());

    /// <summary>
    /// The site's address without a trailing slash: the command line's, the study's, the host's; or "" when none is
    /// known, and then every address the site writes is root-relative (never a guessed host such as localhost).
    /// </summary>
    public string ResolveBaseUrl(string? studyUrl) => (BaseUrl ?? studyUrl ?? HostBaseUrl ?? "").TrimEnd('/');
}
