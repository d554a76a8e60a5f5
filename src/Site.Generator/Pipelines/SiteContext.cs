using Site.Generator.Linking;
using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Generator.Rendering;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>Everything the pipelines share: the linked study, its parsed chapters, the theme, the site's addresses and the few options they read. The build (SiteBuilder) makes it.</summary>
public sealed class SiteContext
{
    /// <summary>Typeset the study as a PDF and an EPUB (<see cref="PdfPipeline"/>, <see cref="EpubPipeline"/>).</summary>
    public required bool BuildDocuments { get; init; }
    /// <summary>The theme's folder, as a full path: the documents' stylesheets and layouts are in it.</summary>
    public required string ThemeDirectory { get; init; }
    /// <summary>The output folder as given, and as diagnostics name it.</summary>
    public required string OutputDirectory { get; init; }
    public required string OutputDisplayPath { get; init; }
    /// <summary>Paths in diagnostics are relative to this folder (the working directory).</summary>
    public required string DisplayRoot { get; init; }
    public required StudyModel Model { get; init; }
    public required StudyLinker Linker { get; init; }
    public required IReadOnlyDictionary<Chapter, ChapterParser.Result> ParsedChapters { get; init; }
    public required ThemeTemplates Templates { get; init; }
    public required AssetManifest Assets { get; init; }
    public required SiteView View { get; init; }
    public required UrlScheme Urls { get; init; }
    public required Localization.Locale Locale { get; init; }
    /// <summary>The study's own images (figures, images in the text), published with the site.</summary>
    public required Loading.StudyImages Images { get; init; }
    public required PageRenderer Pages { get; init; }
    /// <summary>The study's references in its citation styles, and its bibliography, as citeproc-js rendered them.</summary>
    public required Citations.StudyCitations Citations { get; init; }

    /// <summary>The contact details the site may not publish (the study's countries' formats, less its allowed contacts): every file written is checked for them.</summary>
    public required Validation.ContactPatterns Contacts { get; init; }

    /// <summary>In the preview: which pages to keep from the last build and what to record; null in a plain build.</summary>
    public Incremental.RenderPlan? Plan { get; set; }

    /// <summary>The site's public address without a trailing slash; "" when none is known (addresses are then root-relative).</summary>
    public required string BaseUrl { get; init; }

    public string AbsoluteUrl(string path) => BaseUrl + path;

    /// <summary>Each chapter's text as HTML, rendered once and shared by the chapter pages and the documents.</summary>
    public ChapterBodies ChapterBodies => _chapterBodies.Value;
    private readonly Lazy<ChapterBodies> _chapterBodies;

    /// <summary>The PDF and EPUB of the study once their pipelines made them (the pages that link them wait for them).</summary>
    public Documents.Downloads Downloads { get; } = new();

    public SiteContext() => _chapterBodies = new Lazy<ChapterBodies>(() => new ChapterBodies(this));
}
