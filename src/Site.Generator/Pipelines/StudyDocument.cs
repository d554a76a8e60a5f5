using System.Text.RegularExpressions;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Pipelines;

/// <summary>A chapter as a document shows it: its own id, its heading, and its text with ids and links made the document's.</summary>
public sealed record DocumentChapter(Chapter Chapter, string Id, string File, string Heading, Html Body, IReadOnlyList<DocumentTocEntry> Sections);

/// <summary>An entry of a document's table of contents; <see cref="Href"/> is within the document.</summary>
public sealed record DocumentTocEntry(string? Number, string Title, string Href, int Level, IReadOnlyList<DocumentTocEntry> Children);

/// <summary>
/// The study as one document, for the PDF and the EPUB: the chapters' HTML exactly as the chapter pages show it
/// (<see cref="ChapterBodies"/>), with each chapter's ids prefixed by the chapter's (they are unique per
/// page, not per study), links to the text of the study turned into links within the document, and every other
/// link of the site made absolute, so that a printed or archived copy still leads to the page it names.
/// </summary>
public sealed partial class StudyDocument
{
    public required IReadOnlyList<DocumentChapter> Front { get; init; }
    public required IReadOnlyList<DocumentChapter> Chapters { get; init; }
    public required IReadOnlyList<DocumentChapter> Appendices { get; init; }
    public required IReadOnlyList<ReferencesPipeline.ReferenceView> References { get; init; }
    /// <summary>The reference list's id, and the file that holds it (EPUB).</summary>
    public required string ReferencesId { get; init; }
    public required string ReferencesHref { get; init; }
    public required IReadOnlyList<DocumentTocEntry> Toc { get; init; }
    public IEnumerable<DocumentChapter> All => Front.Concat(Chapters).Concat(Appendices);

    /// <param name="fileOf">The file chapter i is in (-1: the reference list; "" for one document); links name it when it is not the linking chapter's.</param>
    /// <param name="image">Where a document finds a published image of the site (its path, e.g. /figures/x.png).</param>
    public static StudyDocument Of(SiteContext site, Func<int, string> fileOf, Func<string, string> image)
    {
        var chapters = site.Model.Chapters;
        var ids = chapters.Select((c, i) => $"d{i + 1}").ToList();
        var byPath = chapters.Select((c, i) => (c.Url, i)).ToDictionary(p => p.Url, p => p.i, StringComparer.Ordinal);
        const string referencesId = "document-references";
        var referencesFile = fileOf(-1);
        string Href(int from, int to, string? fragment)
        {
            var file = to < 0 ? referencesFile : fileOf(to);
            var target = to < 0 ? (fragment is null ? referencesId : $"{referencesId}-{fragment}") : fragment is null ? ids[to] : $"{ids[to]}-{fragment}";
            return (file.Length > 0 && (from == -2 || file != fileOf(from)) ? file : "") + "#" + target;
        }
        // The bibliography as citeproc-js rendered it; without a bibliography file, the works of works.yml by their labels.
        var rendered = site.Model.Works.Where(w => w.ReferenceHtml is not null).ToList();
        var references = (rendered.Count > 0 ? rendered : site.Model.Works.OrderBy(w => w.Label, site.Locale.Collation).ToList())
            .Select(w => new ReferencesPipeline.ReferenceView(w, new Html(w.ReferenceHtml ?? HtmlText.Escape(w.Label)))).ToList();
        var list = new List<DocumentChapter>();
        for (var i = 0; i < chapters.Count; i++)
        {
            var chapter = chapters[i];
            var from = i;
            var body = Rewrite(site.ChapterBodies.Of(chapter), ids[i], path =>
            {
                var hash = path.IndexOf('#');
                var page = hash < 0 ? path : path[..hash];
                var fragment = hash < 0 ? null : path[(hash + 1)..];
                if (byPath.TryGetValue(page, out var to)) return Href(from, to, fragment);
                if (page == site.Urls.Works && references.Count > 0) return Href(from, -1, fragment);
                return site.AbsoluteUrl(path);
            }, image);
            var heading = chapter.Kind == ChapterKind.Front ? chapter.Title : $"{chapter.Label}: {chapter.Title}";
            var sections = Nest(chapter.Sections.Where(s => !s.IsChapter && s.Level <= 3).Select(s => new DocumentTocEntry(s.Number, s.Title, Href(-2, i, s.Anchor), s.Level, [])).ToList());
            list.Add(new DocumentChapter(chapter, ids[i], fileOf(i), heading, new Html(body), sections));
        }
        var front = list.Where(c => c.Chapter.Kind == ChapterKind.Front).ToList();
        var main = list.Where(c => c.Chapter.Kind == ChapterKind.Chapter).ToList();
        var appendices = list.Where(c => c.Chapter.Kind == ChapterKind.Appendix).ToList();
        DocumentTocEntry Entry(DocumentChapter c) => new(null, c.Heading, Href(-2, list.IndexOf(c), null), 1, c.Sections);
        var toc = front.Select(Entry).Concat(main.Select(Entry))
            .Concat(references.Count > 0 ? [new DocumentTocEntry(null, site.Locale.Text("works"), Href(-2, -1, null), 1, [])] : [])
            .Concat(appendices.Select(Entry)).ToList();
        return new StudyDocument
        {
            Front = front, Chapters = main, Appendices = appendices, References = references, ReferencesId = referencesId,
            ReferencesHref = Href(-2, -1, null), Toc = toc,
        };
    }

    private static List<DocumentTocEntry> Nest(List<DocumentTocEntry> flat)
    {
        var result = new List<DocumentTocEntry>();
        foreach (var entry in flat)
        {
            if (entry.Level > 2 && result.Count > 0)
            {
                var parent = result[^1];
                result[^1] = parent with { Children = [.. parent.Children, entry] };
            }
            else result.Add(entry);
        }
        return result;
    }

    /// <summary>Prefixes the ids (and what refers to them) with the chapter's, resolves the site's links, drops the headings' links to themselves.</summary>
    public static string Rewrite(string html, string prefix, Func<string, string> sitePath, Func<string, string> image)
    {
        html = Permalink().Replace(html, "");
        return Attribute().Replace(html, m =>
        {
            var name = m.Groups[1].Value;
            var value = m.Groups[2].Value;
            var rewritten = name switch
            {
                "id" => $"{prefix}-{value}",
                "aria-labelledby" or "aria-describedby" or "for" or "headers" =>
                    string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => $"{prefix}-{v}")),
                "href" when value.StartsWith('#') => $"#{prefix}-{value[1..]}",
                "href" or "cite" when value.StartsWith('/') => System.Net.WebUtility.HtmlEncode(sitePath(System.Net.WebUtility.HtmlDecode(value))),
                "src" when value.StartsWith('/') => image(System.Net.WebUtility.HtmlDecode(value)),
                _ => value,
            };
            return $"{name}=\"{rewritten}\"";
        });
    }

    [GeneratedRegex("""\s*<a class="permalink"[^>]*>[^<]*</a>""")]
    private static partial Regex Permalink();

    [GeneratedRegex("(?<=<[a-zA-Z][^<>]*?\\s)(id|aria-labelledby|aria-describedby|for|headers|href|cite|src)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
