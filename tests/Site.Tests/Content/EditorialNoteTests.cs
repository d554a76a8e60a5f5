using System.Text.RegularExpressions;
using Site.Generator.Urls;

namespace Site.Tests.Content;

/// <summary>
/// Editorial notes are where the edition tells the reader about a typo kept, a contradiction between two places in
/// the thesis, or a link the editors made. A note the site does not show is a silent correction, so every note of
/// the study data must be readable: on the about page, which lists them all, and on the page that lists the work or
/// document it belongs to.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class EditorialNoteTests(BuiltSite site)
{
    private static IEnumerable<(string Subject, string Note)> AllNotes()
    {
        var model = StudyData.Model;
        if (model.Study.Note is not null) yield return ("study", model.Study.Note);
        foreach (var q in model.Quotes.Where(q => q.Note is not null)) yield return ($"quote {q.Id}", q.Note!);
        foreach (var f in model.Findings.Where(f => f.Note is not null)) yield return ($"finding {f.Id}", f.Note!);
        foreach (var c in model.Concepts.Where(c => c.Note is not null)) yield return ($"concept {c.Id}", c.Note!);
        foreach (var w in model.Works.Where(w => w.Note is not null)) yield return ($"work {w.Id}", w.Note!);
        foreach (var d in model.Documents.Where(d => d.Note is not null)) yield return ($"document {d.Id}", d.Note!);
        foreach (var f in model.Figures.Where(f => f.Note is not null)) yield return ($"figure {f.Id}", f.Note!);
        foreach (var c in model.Chapters) foreach (var n in c.Notes) yield return ($"{c.SourcePath} {n.Section}", n.Text);
    }

    private string PageText(string url) => Fold(SiteText.Of(site.Read(url.Trim('/') + "/index.html")));

    private static string Fold(string text) => Spaces().Replace(text, " ").Trim();

    [Fact]
    public void Every_editorial_note_stands_on_the_about_page()
    {
        var notes = AllNotes().ToList();
        Assert.NotEmpty(notes);
        var about = PageText(SiteUrls.Thesis.About);
        var missing = notes.Where(n => !about.Contains(Fold(n.Note), StringComparison.Ordinal)).Select(n => n.Subject).ToList();
        Assert.True(missing.Count == 0, "notes not on the about page: " + string.Join(", ", missing));
    }

    [Fact]
    public void Notes_on_works_and_documents_stand_where_they_are_listed()
    {
        var model = StudyData.Model;
        var works = PageText(SiteUrls.Thesis.Works);
        var documents = PageText(SiteUrls.Thesis.Documents);
        var missing = model.Works.Where(w => w.Note is not null && !works.Contains(Fold(w.Note), StringComparison.Ordinal)).Select(w => $"work {w.Id}")
            .Concat(model.Documents.Where(d => d.Note is not null && !documents.Contains(Fold(d.Note), StringComparison.Ordinal)).Select(d => $"document {d.Id}"))
            .ToList();
        Assert.True(missing.Count == 0, "notes not on their page: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_note_on_a_section_stands_under_that_sections_heading_before_its_next()
    {
        var notes = StudyData.Model.Chapters.SelectMany(c => c.Notes).ToList();
        Assert.NotEmpty(notes);
        // The chapter pages' headings, each with what follows it up to the next heading.
        var sections = site.HtmlFiles.Where(f => f.Contains($"{Path.DirectorySeparatorChar}{SiteUrls.Thesis.Chapters.Trim('/')}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Headings().Matches(File.ReadAllText(file)).Select(m => (Heading: Fold(SiteText.Of(m.Groups["heading"].Value)), Text: Fold(SiteText.Of(m.Groups["text"].Value)))))
            .ToList();
        foreach (var note in notes)
        {
            var section = sections.Where(s => s.Heading.StartsWith(note.Section + " ", StringComparison.Ordinal)).ToList();
            Assert.True(section.Count == 1, $"{section.Count} headings numbered {note.Section}");
            Assert.True(section[0].Text.Contains(Fold(note.Text), StringComparison.Ordinal), $"the note on {note.Section} is not under its heading");
        }
    }

    [GeneratedRegex(@"<h[1-6][^>]*>(?<heading>.*?)</h[1-6]>(?<text>.*?)(?=<h[1-6][\s>]|$)", RegexOptions.Singleline)]
    private static partial Regex Headings();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
