using Site.Generator.Diagnostics;
using Site.Generator.Engine;
using Site.Generator.Output;

namespace Site.Generator.Pipelines;

/// <summary>
/// Refuses to publish a broken internal link: after every page is rendered, each root-relative href must name
/// a file the build writes (a folder means its index.html) and each #fragment an id on that page. It works from
/// each page's <see cref="PageLinks"/> (kept when the page was written), so the pages need not stay in memory,
/// and checks each distinct href once however many pages hold it.
/// </summary>
public sealed class LinkValidationPipeline : Pipeline
{
    public override bool WritesOutput => false;

    public LinkValidationPipeline(SiteContext site)
    {
        PostProcessModules.Add(new FunctionModule((documents, context) =>
        {
            var all = context.AllOutputs.ToList();
            var files = all.Select(d => "/" + d.Destination).ToHashSet(StringComparer.Ordinal);
            var pool = new StringPool();
            var pages = all.Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal) && (d.HasText || d.Find<PageLinks>(PageLinks.MetadataKey) is not null))
                .Select(d => (Page: d, Links: PageLinks.Of(d, pool))).ToList();
            var ids = pages.ToDictionary(p => "/" + p.Page.Destination, p => p.Links.Ids.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
            string? Problem(string href)
            {
                if (!verdicts.TryGetValue(href, out var problem)) verdicts[href] = problem = Check(href, files, ids);
                return problem;
            }

            foreach (var (page, links) in pages)
            {
                var file = Path.Combine(site.OutputDirectory, page.Destination);
                string? text = null;
                foreach (var link in links.UnresolvedIdLinks)
                {
                    text ??= page.ReadText();
                    context.Diagnostics.Error(new SourceLocation(file, PageLinks.LineOf(text, link), 1), "L02",
                        $"unresolved reference link '{link}' in the page", "the generator failed to resolve an id link; report this as a bug");
                }
                foreach (var href in links.Hrefs.Order(StringComparer.Ordinal))
                {
                    if (Problem(href) is not { } problem) continue;
                    text ??= page.ReadText();
                    context.Diagnostics.Error(new SourceLocation(file, PageLinks.LineOf(text, href), 1), "L01", $"broken link: the page {problem}",
                        "check the id in the input, or the template that writes the link");
                }
            }
            return documents;
        }));
    }

    /// <summary>What is wrong with a root-relative href, or null when it leads to a file and anchor the site has.</summary>
    private static string? Check(string href, HashSet<string> files, Dictionary<string, HashSet<string>> ids)
    {
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? "" : href[(hash + 1)..];
        var beforeHash = hash < 0 ? href : href[..hash];
        var query = beforeHash.IndexOf('?');
        var path = Uri.UnescapeDataString(query < 0 ? beforeHash : beforeHash[..query]);
        var target = path.EndsWith('/') ? path + "index.html" : path;
        // Pagefind's files are written after the pages, by the indexer.
        if (!files.Contains(target) && !Search.Pagefind.IsIndexFile(path.TrimStart('/'))) return $"links to {path}, which the site does not have";
        if (fragment.Length > 0 && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(fragment)))
            return $"links to {path}#{fragment}, but that page has no such anchor";
        return null;
    }
}
