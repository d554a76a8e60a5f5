using Site.Generator.Diagnostics;
using Site.Generator.Documents;
using Site.Generator.Engine;
using Site.Generator.Urls;
using Site.Generator.Validation;

namespace Site.Generator.Pipelines;

/// <summary>
/// The study as one PDF: the theme's <c>print</c> layout around the chapters' own HTML (<see cref="StudyDocument"/>),
/// typeset by WeasyPrint with the theme's <c>print/document.css</c>. Named by the study's slug and a hash of its
/// bytes; the pages that link it wait for it (<see cref="Documents.Downloads"/>).
/// </summary>
public sealed class PdfPipeline : Pipeline
{
    public PdfPipeline(SiteContext site) => ProcessModules.Add(new FunctionModule((_, context) =>
    {
        var folder = Directory.CreateTempSubdirectory("site-pdf-");
        try
        {
            var images = site.Images.All.ToDictionary(i => "/" + i.Destination, i => i, StringComparer.Ordinal);
            var document = StudyDocument.Of(site, _ => "", path =>
            {
                if (!images.TryGetValue(path, out var image)) return site.AbsoluteUrl(path);
                var file = Path.Combine(folder.FullName, image.Destination);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                if (!File.Exists(file)) File.WriteAllBytes(file, image.Bytes);
                return image.Destination;
            });
            var html = site.Templates.RenderDocument("print", new Dictionary<string, object?>
            {
                ["site"] = site.View, ["t"] = site.View.T, ["document"] = document, ["site_url"] = site.BaseUrl.Length > 0 ? site.BaseUrl + "/" : null,
            });
            // The PDF's text is this HTML's: the privacy gate reads it here, as it cannot read the compressed PDF.
            PrivacyGate.ScanText(Downloads.Folder.TrimStart('/') + Slug.From(site.Model.Study.Title) + ".pdf", html, site.Contacts, context.Diagnostics, site.OutputDisplayPath);
            context.Diagnostics.ThrowIfErrors();
            var stylesheet = Path.Combine(site.ThemeDirectory, "print", "document.css");
            var at = SourceLocation.FileOnly(Path.GetRelativePath(site.DisplayRoot, Path.Combine(site.ThemeDirectory, "layouts", "print.sbn-html")));
            var pdf = WeasyPrint.Render(html, stylesheet, folder.FullName, at, context.Diagnostics, context.Cancel);
            context.Diagnostics.ThrowIfErrors();
            var name = DownloadFile.Name(Slug.From(site.Model.Study.Title), pdf!, "pdf");
            var destination = Downloads.Folder.TrimStart('/') + name;
            site.Downloads.Pdf = new DownloadFile("PDF", Downloads.Folder + name, pdf!.Length, DownloadFile.Describe(pdf.Length, site.Locale.Culture));
            return [PipelineDocument.Create(destination) with { Bytes = pdf }];
        }
        finally { folder.Delete(recursive: true); }
    }));
}
