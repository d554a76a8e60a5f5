using System.Text;
using Site.Generator.Engine;
using Site.Generator.Rendering;

namespace Site.Generator.Pipelines;

/// <summary>
/// sitemap.xml and robots.txt, from every page the other pipelines made. A sitemap lists absolute addresses only,
/// so a site without a known address gets robots.txt alone.
/// </summary>
public sealed class SitemapPipeline : Pipeline
{
    public SitemapPipeline(SiteContext site, IEnumerable<string> pagePipelines)
    {
        Dependencies.UnionWith(pagePipelines);
        ProcessModules.Add(new FunctionModule((_, context) =>
        {
            var paths = Dependencies.SelectMany(context.OutputsOf)
                .Where(d => d.Destination.EndsWith("index.html", StringComparison.Ordinal))
                .Select(d => "/" + d.Destination[..^"index.html".Length])
                .Order(StringComparer.Ordinal);
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var path in paths) xml.Append("  <url><loc>").Append(HtmlText.Escape(site.AbsoluteUrl(path))).Append("</loc></url>\n");
            xml.Append("</urlset>\n");
            if (site.BaseUrl.Length == 0) return [PipelineDocument.Create("robots.txt") with { Text = "User-agent: *\nAllow: /\n" }];
            var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl("/sitemap.xml")}\n";
            return [PipelineDocument.Create("sitemap.xml") with { Text = xml.ToString() }, PipelineDocument.Create("robots.txt") with { Text = robots }];
        }));
    }
}
