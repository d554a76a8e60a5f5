using System.CommandLine;
using Site.Generator.Build;

namespace Site.Commands;

/// <summary>The options every command shares: where the study, the theme and the output are.</summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "The study's folder", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "The theme's folder", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The public address of the site (default: study.yml's url, else $URL on Netlify; build: else root-relative addresses and no sitemap, with a warning; serve: its own address)" };
    public Option<string?> UiLanguage { get; } = new("--ui-language") { Description = "Language of menus, labels and URL words, when not the study's own (study.yml language), e.g. en" };
    public Option<bool> NoSearch { get; } = new("--no-search-index") { Description = "Skip the Pagefind search index (faster; the explorer's search will not work)" };

    public Option<bool> NoPdf { get; } = new("--no-pdf") { Description = "Skip the study's PDF and EPUB (faster; no WeasyPrint needed; the pages then offer no download)" };
    public Option<bool> Pdf { get; } = new("--pdf") { Description = "Also typeset the study's PDF and EPUB at every rebuild (off by default in the preview: WeasyPrint takes seconds)" };

    /// <summary>build makes the documents unless --no-pdf; serve only with --pdf; check never (it writes nothing).</summary>
    public enum Documents { Never, Default, OnDemand }

    public void AddTo(Command command, Documents documents = Documents.Never)
    {
        if (documents == Documents.Default) command.Options.Add(NoPdf);
        if (documents == Documents.OnDemand) command.Options.Add(Pdf);
        _documents = documents;
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(UiLanguage);
        command.Options.Add(NoSearch);
    }

    /// <param name="defaultBaseUrl">The command's own address (serve's); null for build and check, which then use study.yml's url or the host's.</param>
    public BuildOptions Read(ParseResult result, string? defaultBaseUrl) => new()
    {
        InputDirectory = result.GetValue(Input)!,
        ThemeDirectory = result.GetValue(Theme)!,
        OutputDirectory = result.GetValue(Output)!,
        BaseUrl = result.GetValue(BaseUrl) ?? defaultBaseUrl,
        HostBaseUrl = Environment.GetEnvironmentVariable("URL") is { Length: > 0 } url ? url : null,
        UiLanguage = result.GetValue(UiLanguage),
        BuildSearchIndex = !result.GetValue(NoSearch),
        BuildDocuments = _documents switch { Documents.Default => !result.GetValue(NoPdf), Documents.OnDemand => result.GetValue(Pdf), _ => false },
    };

    private Documents _documents;
}
