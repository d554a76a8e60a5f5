namespace Site.Generator.Model;

public enum ChapterKind { Front, Chapter, Appendix }

/// <summary>A Markdown file of running text: its front matter, its body and, once parsed, its sections.</summary>
public sealed class Chapter : Entity, IStableKey
{
    string IStableKey.StableKey => "Chapter:" + SourcePath;

    [Required, Description("front, chapter or appendix")] public ChapterKind Kind { get; set; }
    [Description("Chapter or appendix number")] public int? Number { get; set; }
    [Required] public string Title { get; set; } = "";
    [Description("Front matter only: the page's path segment, e.g. summary")] public string? Slug { get; set; }
    [Description("Language of the text when it is not the study's, e.g. en")] public string? Lang { get; set; }
    [Description("Editorial notes on the text (a contradiction, a slip), each on a section: shown under that section's heading and on the about page; the text stays verbatim")] public List<SectionNote> Notes { get; set; } = new();

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; internal set; } = "";
    /// <summary>The line of the file where the body starts, for diagnostics.</summary>
    public int BodyLine { get; internal set; }
    public string SourcePath { get; internal set; } = "";

    /// <summary>Headings of the body, in order; filled when the Markdown is parsed.</summary>
    public List<Section> Sections { get; } = new();

    /// <summary>The body rendered to HTML.</summary>
    public string Html { get; internal set; } = "";

    /// <summary>A label such as "Chapter 4" or "Appendix 1", in the site's language; the title for front matter.</summary>
    public string Label { get; internal set; } = "";

    public string KindName => Kind.ToString().ToLowerInvariant();
    public string Url { get; internal set; } = "";
    public Chapter? Previous { get; internal set; }
    public Chapter? Next { get; internal set; }
}

/// <summary>A heading within a chapter: numbered (4.2.1) or not.</summary>
public sealed class Section : IStableKey
{
    string IStableKey.StableKey => ((IStableKey)Chapter).StableKey + "#" + Anchor;

    public required Chapter Chapter { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    public required string Anchor { get; init; }
    public required int Level { get; init; }
    public required int Line { get; init; }

    /// <summary>True for the stand-in of a whole chapter (its introduction, before the first heading).</summary>
    public bool IsChapter { get; init; }
    /// <summary>True when the section holds a table of representative quotes.</summary>
    public bool HasQuoteTable { get; internal set; }
    /// <summary>Position in the reading order of the whole study.</summary>
    public int Order { get; internal set; }

    public string Url => IsChapter ? Chapter.Url : $"{Chapter.Url}#{Anchor}";
    public string Label => IsChapter ? Chapter.Label + " " + Title : Number is null ? Title : $"{Number} {Title}";
    /// <summary>Plain text of the section (for search and the lost-text check).</summary>
    public string Text { get; internal set; } = "";
}
