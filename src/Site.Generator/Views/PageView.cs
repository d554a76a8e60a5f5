using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>What the base layout needs to know about a page: its title, address, trail, and metadata for search engines and reference managers.</summary>
public sealed class PageView
{
    public required string Title { get; init; }
    /// <summary>The site-relative path, e.g. /quotes/x/.</summary>
    public required string Path { get; init; }
    public required string Kind { get; init; }
    public string? Description { get; init; }
    public string? Lang { get; init; }
    public List<Crumb> Breadcrumbs { get; init; } = new();
    /// <summary>
    /// Meta tags with a name that are the same on every page citing the study (the work: title, authors, year…):
    /// one list shared by those pages, so a theme that draws it with a partial draws it once (ThemeTemplates).
    /// </summary>
    public IReadOnlyList<MetaTag> StudyMeta { get; init; } = [];
    /// <summary>Meta tags with a name of this page (Highwire Press, Dublin Core, Twitter), after <see cref="StudyMeta"/>.</summary>
    public List<MetaTag> Meta { get; init; } = new();
    /// <summary>Meta tags with a property (OpenGraph).</summary>
    public List<MetaTag> Properties { get; init; } = new();
    public Html? JsonLd { get; init; }
    /// <summary>Extra scripts of this page (theme asset paths).</summary>
    public List<string> Scripts { get; init; } = new();
    /// <summary>Extra style sheets of this page (theme asset paths), after the site's own.</summary>
    public List<string> Styles { get; init; } = new();
    public string OgType { get; init; } = "website";
    public bool NoIndex { get; init; }

    /// <summary>Absolute URL, set by the site.</summary>
    public string Url { get; set; } = "";
}

public sealed record Crumb(string Title, string Url);

public sealed record MetaTag(string Name, string Content);
