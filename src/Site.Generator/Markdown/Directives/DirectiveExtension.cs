using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Generator.Markdown.Directives;

/// <summary>Registers the directive parsers and the renderers that draw them through the theme's components.</summary>
/// <remarks>Parsing needs no components; rendering registers them through <see cref="Register"/>.</remarks>
public sealed class DirectiveExtension(IComponentRenderer? components = null) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>()) pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        if (!pipeline.InlineParsers.Contains<DirectiveInlineParser>()) pipeline.InlineParsers.Insert(0, new DirectiveInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && components is not null) Register(html, components);
    }

    public static void Register(HtmlRenderer html, IComponentRenderer components)
    {
        html.ObjectRenderers.AddIfNotAlready(new DirectiveBlockRenderer(components));
        html.ObjectRenderers.AddIfNotAlready(new DirectiveInlineRenderer(components));
    }
}

public sealed class DirectiveBlockRenderer(IComponentRenderer components) : HtmlObjectRenderer<DirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, DirectiveBlock block) =>
        renderer.Write(components.RenderBlockDirective(block.Name, block.Argument));
}

public sealed class DirectiveInlineRenderer(IComponentRenderer components) : HtmlObjectRenderer<DirectiveInline>
{
    protected override void Write(HtmlRenderer renderer, DirectiveInline inline) =>
        renderer.Write(components.RenderInlineDirective(inline.Name, inline.Argument));
}
