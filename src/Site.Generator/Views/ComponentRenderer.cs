using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>Draws directives with the theme's partials: <c>quote-block</c>, <c>quote-inline</c>, <c>quote-table</c>, <c>figure</c>, <c>case-table</c>.</summary>
public sealed class ComponentRenderer(ThemeTemplates templates, Linking.StudyLinker linker, StudyModel model, Func<SiteView> site) : IComponentRenderer
{
    public string RenderBlockDirective(string name, string? argument) => name switch
    {
        "quote" when linker.Quotes.Find(argument ?? "") is { } quote => Render("quote-block", quote),
        "quote-table" when linker.Codes.Find(argument ?? "") is { Table: not null } code => Render("quote-table", QuoteTableView.For(code)),
        "figure" when linker.Figures.Find(argument ?? "") is { } figure => Render("figure", new FigureView(figure, model)),
        "case-table" when model.Comparison is { } table => Render("case-table", table),
        _ => "", // unknown ids were reported when the study was linked
    };

    public string RenderInlineDirective(string name, string argument) =>
        name == "quote" && linker.Quotes.Find(argument) is { } quote ? Render("quote-inline", quote) : "";

    private string Render(string partial, object model) =>
        templates.RenderComponent(partial, model, new Dictionary<string, object?> { ["site"] = site(), ["t"] = site().T }).Value;
}
