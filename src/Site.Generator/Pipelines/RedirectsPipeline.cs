using System.Text;
using Site.Generator.Engine;

namespace Site.Generator.Pipelines;

/// <summary>
/// Netlify's _redirects file from input/redirects.yml: retired page ids keep working, with a permanent redirect.
/// A redirect must lead to a page the site has, and must not hide one.
/// </summary>
public sealed class RedirectsPipeline : Pipeline
{
    public RedirectsPipeline(SiteContext site, IEnumerable<string> pagePipelines)
    {
        Dependencies.UnionWith(pagePipelines);
        ProcessModules.Add(new FunctionModule((_, context) =>
        {
            var pages = Dependencies.SelectMany(context.OutputsOf).Select(d => "/" + d.Destination).ToHashSet(StringComparer.Ordinal);
            bool Exists(string path) => pages.Contains(path.EndsWith('/') ? path + "index.html" : path);
            var valid = RedirectRules.Check(site.Model.Redirects, context.Diagnostics);
            foreach (var redirect in valid)
            {
                if (Exists(redirect.From))
                    context.Diagnostics.Error(redirect.LocationOf("from"), "R02", $"{redirect.From} is a page of the site; a redirect would hide it");
                var target = redirect.To.Split('#')[0];
                if (!Exists(target))
                    context.Diagnostics.Error(redirect.LocationOf("to"), "R03", $"the redirect leads to {redirect.To}, which the site does not have");
            }
            var text = new StringBuilder("# Generated from input/redirects.yml: retired pages and where they went.\n");
            foreach (var redirect in valid.OrderBy(r => r.From, StringComparer.Ordinal))
            {
                // Checked above; a line is never written from anything else, whatever a later change does.
                if (!RedirectRules.IsSitePath(redirect.From) || !RedirectRules.IsTarget(redirect.To))
                    throw new InvalidOperationException($"Refusing to write a redirect from '{redirect.From}'");
                text.Append(redirect.From).Append(' ').Append(redirect.To).Append(" 301\n");
            }
            return [PipelineDocument.Create("_redirects") with { Text = text.ToString() }];
        }));
    }
}
