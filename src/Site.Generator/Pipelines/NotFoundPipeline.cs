using Site.Generator.Engine;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The 404 page Netlify serves for any unknown path: it offers the ways back in.</summary>
public sealed class NotFoundPipeline : Pipeline
{
    public NotFoundPipeline(SiteContext site) =>
        ProcessModules.Add(new FunctionModule((_, _) =>
        [
            PipelineDocument.Create("404.html") with
            {
                Text = site.Pages.Render("not-found", new PageView { Path = "/404.html", Kind = "not-found", Title = site.Locale.Text("not_found"), Description = site.View.T.GetValueOrDefault("not_found_text"), NoIndex = true }, new Dictionary<string, object?>()),
            },
        ]));
}
