using System.Text;
using Site.Generator.Diagnostics;
using Site.Generator.Documents;
using Site.Generator.Engine;
using Site.Generator.Rendering;
using Site.Generator.Urls;
using Site.Generator.Validation;

namespace Site.Generator.Pipelines;

/// <summary>
/// The study as an EPUB 3: a title page, the navigation document (the same contents as the PDF's), one XHTML file
/// per chapter with the chapters' own HTML (<see cref="StudyDocument"/>), the reference list, the study's images and
/// the theme's <c>print/epub.css</c>. Named by the study's slug and a hash of its bytes.
/// </summary>
public sealed class EpubPipeline : Pipeline
{
    public EpubPipeline(SiteContext site) => ProcessModules.Add(new FunctionModule((_, context) =>
    {
        var study = site.Model.Study;
        var images = site.Images.All.ToDictionary(i => "/" + i.Destination, i => i, StringComparer.Ordinal);
        var used = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var document = StudyDocument.Of(site, i => i < 0 ? "references.xhtml" : $"chapter-{i + 1}.xhtml", path =>
        {
            if (!images.TryGetValue(path, out var image)) return site.AbsoluteUrl(path);
            lock (used) used[image.Destination] = image.Bytes;
            return image.Destination;
        });
        var slug = Slug.From(study.Title);
        var destination = Downloads.Folder.TrimStart('/') + slug + ".epub";
        var patterns = site.Contacts;
        var theme = site.ThemeDirectory;
        var layout = SourceLocation.FileOnly(Path.GetRelativePath(site.DisplayRoot, Path.Combine(theme, "layouts", "epub-page.sbn-html")));
        var items = new List<Epub.Item>();
        void Page(string file, string title, string? lang, string body, string? properties = null)
        {
            var xhtml = Xhtml.From(site.Templates.RenderDocument("epub-page", new Dictionary<string, object?>
            {
                ["site"] = site.View, ["t"] = site.View.T, ["title"] = title, ["lang"] = lang ?? study.Language, ["body"] = new Html(body),
            }));
            // An XML declaration must open the file: the layout's first line.
            xhtml = xhtml.TrimStart();
            if (Xhtml.Check(xhtml) is { } error)
                context.Diagnostics.Error(layout, "DOC03", $"the EPUB's {file} is not well-formed XHTML: {error}", "a partial writes HTML that XHTML does not allow; see Documents/Xhtml.cs");
            PrivacyGate.ScanText($"{destination}/{file}", xhtml, patterns, context.Diagnostics, site.OutputDisplayPath);
            items.Add(new Epub.Item(file, Encoding.UTF8.GetBytes(xhtml), "application/xhtml+xml", properties, InSpine: true));
        }
        var globals = new Dictionary<string, object?> { ["site"] = site.View, ["t"] = site.View.T };
        Page("title.xhtml", study.Title, null, site.Templates.RenderComponent("document-title", site.BaseUrl.Length > 0 ? site.BaseUrl + "/" : null, globals).Value);
        Page("nav.xhtml", site.Locale.Text("table_of_contents"), null,
            $"<nav epub:type=\"toc\" id=\"document-toc\"><h1>{HtmlText.Escape(site.Locale.Text("table_of_contents"))}</h1>{site.Templates.RenderComponent("document-toc", document.Toc, globals).Value}</nav>", "nav");
        void Chapter(DocumentChapter c) => Page(c.File, c.Heading, c.Chapter.Lang,
            $"<section class=\"document-chapter\" id=\"{c.Id}\"><h1>{HtmlText.Escape(c.Heading)}</h1>{c.Body.Value}</section>");
        foreach (var c in document.Front.Concat(document.Chapters)) Chapter(c);
        if (document.References.Count > 0)
            Page("references.xhtml", site.Locale.Text("works"), null,
                $"<section class=\"document-references\" id=\"{document.ReferencesId}\"><h1>{HtmlText.Escape(site.Locale.Text("works"))}</h1><ol class=\"references\">"
                + string.Concat(document.References.Select(r => $"<li id=\"{document.ReferencesId}-{HtmlText.Escape(r.Work.Id)}\">{r.Reference.Value}</li>")) + "</ol></section>");
        foreach (var c in document.Appendices) Chapter(c);
        items.Add(new Epub.Item("document.css", File.ReadAllBytes(Path.Combine(theme, "print", "epub.css")), "text/css"));
        foreach (var (path, bytes) in used) items.Add(new Epub.Item(path, bytes, MediaType(path)));
        // The navigation document comes second in the spine, as in the PDF (after the title page).
        context.Diagnostics.ThrowIfErrors();
        var identifier = site.BaseUrl.Length > 0 ? site.BaseUrl + "/" : "urn:study:" + slug;
        var modified = new DateTimeOffset(study.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var epub = Epub.Write(new Epub.Metadata(identifier, study.Title, study.Language, study.Authors.Select(a => a.FullName).ToList(),
            string.Join(", ", study.PublicationParts), study.Institution, modified, study.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), items);
        var name = DownloadFile.Name(slug, epub, "epub");
        site.Downloads.Epub = new DownloadFile("EPUB", Downloads.Folder + name, epub.Length, DownloadFile.Describe(epub.Length, site.Locale.Culture));
        return [PipelineDocument.Create(Downloads.Folder.TrimStart('/') + name) with { Bytes = epub }];
    }));

    private static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png", ".jpg" or ".jpeg" => "image/jpeg", ".gif" => "image/gif", ".svg" => "image/svg+xml", ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
