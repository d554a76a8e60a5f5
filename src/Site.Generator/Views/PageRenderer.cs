using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>Renders a page: its layout first, then the base layout around it. One mechanism for every page kind.</summary>
public sealed class PageRenderer(ThemeTemplates templates, Func<SiteView> site, Func<string, string> absoluteUrl)
{
    /// <param name="reads">Where to note what the page reads of the study (see <see cref="ThemeTemplates"/>).</param>
    public string Render(string layout, PageView page, IReadOnlyDictionary<string, object?> variables, Tracking.ReadLog? reads = null)
    {
        page.Url = absoluteUrl(page.Path);
        var globals = new Dictionary<string, object?>(variables, StringComparer.Ordinal) { ["site"] = site(), ["page"] = page, ["t"] = site().T };
        return templates.RenderPage(layout, globals, reads);
    }
}
