using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Validation;

/// <summary>
/// The texts can be published as they are laid out: front matter has a path of its own, chapters and appendices a
/// number, no two texts want one page, a chapter's sections carry its number, and a note stands in the text of its section.
/// </summary>
public static class ChapterCheck
{
    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        var pages = new Dictionary<string, Chapter>(StringComparer.Ordinal);
        foreach (var chapter in model.Chapters)
        {
            CheckFrontMatter(chapter, diagnostics);
            if (pages.TryGetValue(chapter.Url, out var other))
                diagnostics.Error(chapter.Location, "CH04", $"two texts want the page {chapter.Url}", $"the other is {other.SourcePath}");
            else pages[chapter.Url] = chapter;
            CheckSectionNumbers(chapter, diagnostics);
            CheckNotes(chapter, diagnostics);
        }
    }

    private static void CheckFrontMatter(Chapter chapter, DiagnosticBag diagnostics)
    {
        if (chapter.Kind == ChapterKind.Front && string.IsNullOrEmpty(chapter.Slug))
            diagnostics.Error(chapter.Location, "CH01", "front matter needs a slug (the page's path)", "add slug: …");
        else if (chapter.Kind != ChapterKind.Front && chapter.Number is null)
            diagnostics.Error(chapter.Location, "CH02", $"a {chapter.Kind.ToString().ToLowerInvariant()} needs a number");
        if (chapter.Slug is { } slug && !Slug.IsValid(slug))
            diagnostics.Error(chapter.LocationOf("slug"), "CH03", $"'{slug}' is not a valid slug", $"use '{Slug.From(slug)}'");
    }

    private static void CheckSectionNumbers(Chapter chapter, DiagnosticBag diagnostics)
    {
        if (chapter.Kind != ChapterKind.Chapter) return;
        foreach (var section in chapter.Sections.Where(s => s.Number is not null))
            if (!section.Number!.StartsWith($"{chapter.Number}.", StringComparison.Ordinal))
                diagnostics.Error(new SourceLocation(chapter.SourcePath, section.Line, 1), "CH10", $"section {section.Number} stands in chapter {chapter.Number}");
    }

    private static void CheckNotes(Chapter chapter, DiagnosticBag diagnostics)
    {
        foreach (var note in chapter.Notes)
            if (note.SectionRef is { } section && section.Chapter != chapter)
                diagnostics.Error(note.LocationOf("section"), "CH12", $"section {note.Section} stands in another text ({section.Chapter.SourcePath})", "write the note in the front matter of the text the section is in");
    }
}
