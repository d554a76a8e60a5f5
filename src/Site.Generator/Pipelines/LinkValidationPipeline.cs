using System.Text.RegularExpressions;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Engine;

namespace Site.Generator.Pipelines;

/// <summary>
/// Refuses to publish a broken internal link: after every page is rendered, each root-relative href must name
/// a file the build writes (a folder means its index.html) and each #fragment an id on that page. Cheap enough
/// to run on every build: attributes are read with two regular expressions, not a full HTML parse.
/// </summary>
public sealed partial class LinkValidationPipeline : Pipeline
{
    [GeneratedRegex("""\shref="(/[^"#?]*)(?:\?[^"#]*)?(?:#([^"]*))?""")]
    private static partial Regex Href();

    [GeneratedRegex("""\shref="([a-z]+):([^"]*)""")]
    private static partial Regex SchemeHref();

    [GeneratedRegex("""\sid="([^"]+)""")]
    private static partial Regex Id();

    public override bool WritesOutput => false;

    public LinkValidationPipeline(SiteContext site)
    {
        PostProcessModules.Add(new FunctionModule((documents, context) =>
        {
            var all = context.AllOutputs.ToList();
            var files = all.Select(d => "/" + d.Destination).ToHashSet(StringComparer.Ordinal);
            var pages = all.Where(d => d.HasText && d.Destination.EndsWith(".html", StringComparison.Ordinal)).ToList();
            var ids = pages.ToDictionary(d => "/" + d.Destination, d => Id().Matches(d.Text!).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var page in pages)
            {
                var text = page.Text!;
                foreach (Match link in SchemeHref().Matches(text))
                {
                    if (!Markdown.References.ReferenceSchemes.ByScheme.ContainsKey(link.Groups[1].Value)) continue;
                    var line = 1 + text.AsSpan(0, link.Index).Count('\n');
                    context.Diagnostics.Error(new SourceLocation(Path.Combine(site.Options.OutputDirectory, page.Destination), line, 1), "L02",
                        $"unresolved reference link '{link.Groups[1].Value}:{link.Groups[2].Value}' in the page", "the generator failed to resolve an id link; report this as a bug");
                }
                foreach (Match link in Href().Matches(text))
                {
                    var path = Uri.UnescapeDataString(link.Groups[1].Value);
                    var target = path.EndsWith('/') ? path + "index.html" : path;
                    var problem = !files.Contains(target) && !IsGeneratedLater(path)
                        ? $"links to {path}, which the site does not have"
                        : link.Groups[2].Success && link.Groups[2].Value.Length > 0 && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(link.Groups[2].Value))
                            ? $"links to {path}#{link.Groups[2].Value}, but that page has no such anchor"
                            : null;
                    if (problem is null) continue;
                    var line = 1 + text.AsSpan(0, link.Index).Count('\n');
                    context.Diagnostics.Error(new SourceLocation(Path.Combine(site.Options.OutputDirectory, page.Destination), line, 1), "L01", $"broken link: the page {problem}",
                        "check the id in the input, or the template that writes the link");
                }
            }
            return documents;
        }));
    }

    /// <summary>Pagefind's files are written after the pages, by the indexer.</summary>
    private static bool IsGeneratedLater(string path) => path.StartsWith("/pagefind/", StringComparison.Ordinal);
}
