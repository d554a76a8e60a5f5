using System.Text;
using Site.Generator.Build;
using Site.Generator.Engine;

namespace Site.Generator.Pipelines;

/// <summary>Netlify's _redirects file from input/redirects.yml: retired page ids keep working, with a permanent redirect.</summary>
public sealed class RedirectsPipeline : Pipeline
{
    public RedirectsPipeline(SiteContext site) =>
        ProcessModules.Add(new FunctionModule((_, _) =>
        {
            var text = new StringBuilder("# Generated from input/redirects.yml: retired pages and where they went.\n");
            foreach (var redirect in site.Model.Redirects.OrderBy(r => r.From, StringComparer.Ordinal))
                text.Append(redirect.From).Append(' ').Append(redirect.To).Append(" 301\n");
            return [PipelineDocument.Create("_redirects") with { Text = text.ToString() }];
        }));
}
