namespace Site.Generator.Markdown;

/// <summary>
/// Draws what a directive stands for (a quote, a table of quotes, a figure) with the theme's components,
/// so that a quote looks the same in a chapter as on every other page.
/// </summary>
public interface IComponentRenderer
{
    string RenderBlockDirective(string name, string? argument);
    string RenderInlineDirective(string name, string argument);
}
