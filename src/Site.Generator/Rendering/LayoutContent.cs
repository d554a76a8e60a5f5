using Scriban;

namespace Site.Generator.Rendering;

/// <summary>A page's layout as the base layout's <c>content</c>: written, it draws itself where it stands.</summary>
internal sealed class LayoutContent(Template layout)
{
    public void Draw(TemplateContext context)
    {
        var result = context.Evaluate(layout.Page!);
        if (result is not null) context.Write(layout.Page!.Span, result);
    }
}
