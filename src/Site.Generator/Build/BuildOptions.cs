namespace Site.Generator.Build;

/// <summary>What to build from where: the command line fills these in.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string ThemeDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    /// <summary>The public address of the site, for canonical URLs, sitemaps and citations.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080";
    /// <summary>Paths in diagnostics are relative to this folder (the working directory).</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();
    /// <summary>Language of the interface (menus, labels, URL words) when not the study's own (study.yml <c>language</c>).</summary>
    public string? UiLanguage { get; init; }
    /// <summary>Run Pagefind over the built site to make the search index.</summary>
    public bool BuildSearchIndex { get; init; } = true;
    /// <summary>Added to the head of every page in development, e.g. the live-reload script.</summary>
    public string? DevelopmentScript { get; init; }

    public string NormalisedBaseUrl => BaseUrl.TrimEnd('/');
}
