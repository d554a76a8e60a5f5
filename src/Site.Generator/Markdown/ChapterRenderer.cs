using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Markdown.Directives;
using Site.Generator.Markdown.References;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Markdown;

/// <summary>
/// Renders a parsed chapter to HTML: headings with their section numbers and a link to themselves, id links
/// turned into page URLs, directives drawn by the theme's components, table captions, under each section's
/// heading the editors' notes on it, and after each section an aside that links the findings and quotes of that section.
/// </summary>
/// <param name="permalinkLabel">The accessible name of a heading's link to itself, e.g. "Link to 4.2 Findings".</param>
public sealed class ChapterRenderer(IComponentRenderer components, Func<Reference, (string Url, string Title)?> resolve, Func<Section, string> permalinkLabel)
{
    /// <param name="sectionNotes">What stands under a section's heading: the editorial notes on that section.</param>
    /// <param name="sectionAside">What stands after a section's text, before the next heading.</param>
    public string Render(ChapterParser.Result parsed, Func<Section, string> sectionNotes, Func<Section, string> sectionAside)
    {
        ResolveLinks(parsed);
        var writer = new StringWriter();
        var renderer = NewRenderer(writer);
        Section? current = null;
        var blocks = parsed.Document;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var headed = block is HeadingBlock heading ? heading.GetData(ChapterParser.SectionKey) as Section : null;
            if (headed is not null)
            {
                if (current is not null) writer.Write(sectionAside(current));
                current = headed;
            }
            if (block is DirectiveBlock { Name: "caption" } caption && i + 1 < blocks.Count && blocks[i + 1] is Table table)
            {
                writer.Write(RenderTable(table, caption.Argument ?? ""));
                i++;
                continue;
            }
            renderer.Render(block);
            writer.Flush();
            if (headed is not null) writer.Write(sectionNotes(headed));
        }
        if (current is not null) writer.Write(sectionAside(current));
        return writer.ToString();
    }

    private HtmlRenderer NewRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        ChapterParser.Pipeline.Setup(renderer);
        DirectiveExtension.Register(renderer, components);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SectionHeadingRenderer(permalinkLabel));
        return renderer;
    }

    private string RenderTable(Table table, string caption)
    {
        var writer = new StringWriter();
        NewRenderer(writer).Render(table);
        var html = writer.ToString();
        var open = html.IndexOf("<table>", StringComparison.Ordinal);
        if (open < 0) return html;
        var insertAt = open + "<table>".Length;
        return $"<div class=\"table-scroll\">{html[..insertAt]}\n<caption>{HtmlText.Escape(caption)}</caption>{html[insertAt..]}</div>\n";
    }

    /// <summary>Points <c>kind:id</c> links at their pages. Unknown ids were reported when the study was linked.</summary>
    private void ResolveLinks(ChapterParser.Result parsed)
    {
        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || !ReferenceSchemes.TryParse(url, out var kind, out var id)) continue;
            var target = resolve(new Reference(kind, id, null, default));
            link.Url = target?.Url ?? "#";
            if (target is { } t && string.IsNullOrEmpty(link.Title) && link.GetData(ChapterParser.CitationKey) is not true) link.Title = t.Title;
            if (link.GetData(ChapterParser.CitationKey) is true) link.GetAttributes().AddClass("citation");
            else link.GetAttributes().AddClass("ref ref-" + url[..url.IndexOf(':')]);
        }
    }
}

/// <summary>Writes a heading with its section number apart, and a permalink the reader can copy.</summary>
public sealed class SectionHeadingRenderer(Func<Section, string> permalinkLabel) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 2, 6);
        if (heading.GetData(ChapterParser.SectionKey) is not Section section)
        {
            renderer.Write($"<h{level}>").WriteLeafInline(heading).Write($"</h{level}>\n");
            return;
        }
        var anchor = HtmlText.Escape(section.Anchor);
        renderer.Write($"<h{level} id=\"{anchor}\" class=\"section-heading\">");
        if (section.Number is not null) renderer.Write($"<span class=\"section-number\">{HtmlText.Escape(section.Number)}</span> ");
        renderer.Write($"<span class=\"section-title\">{HtmlText.Escape(section.Title)}</span>");
        renderer.Write($" <a class=\"permalink\" href=\"#{anchor}\" aria-label=\"{HtmlText.Escape(permalinkLabel(section))}\">#</a>");
        renderer.Write($"</h{level}>\n");
    }
}
