using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// The study's abstract, as reference managers save it (<c>citation_abstract</c>, JSON-LD <c>abstract</c>): the text
/// of the front-matter chapter that study.yml names, as plain text, its paragraphs joined by a space.
/// </summary>
public static partial class StudyAbstract
{
    public static string? Of(StudyModel model, DiagnosticBag diagnostics)
    {
        var slug = model.Study.Publication.AbstractChapter;
        if (string.IsNullOrWhiteSpace(slug)) return null;
        var chapter = model.Chapters.FirstOrDefault(c => c.Slug == slug || Path.GetFileNameWithoutExtension(c.SourcePath) == slug);
        if (chapter is null)
        {
            diagnostics.Error(model.Study.Publication.LocationOf("abstract_chapter"), "CT012", $"no chapter has the slug '{slug}'",
                Suggest.DidYouMean(slug, model.Chapters.Select(c => c.Slug).OfType<string>()) ?? "name the slug of the front-matter chapter that holds the abstract");
            return null;
        }
        var text = Markdig.Markdown.ToPlainText(chapter.Body);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
