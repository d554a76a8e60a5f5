using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>
/// The theme's Scriban templates (<see cref="TemplateSet"/>): <c>layouts/</c> draw pages, <c>partials/</c> draw the
/// components pages share (called with <c>partial "name" value</c>). Templates are parsed once and rendered from
/// many threads; every value they write is escaped.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = TemplateSet.Extension;

    private readonly TemplateSet _templates;
    private readonly TemplateContextPool _contexts;
    private readonly PartialMemo _memo;

    /// <param name="recordReads">
    /// Note what every render reads of the study (<see cref="Tracking.ReadLog"/>), for the preview, which
    /// renders again only the pages whose reads changed. Off for a plain build, which pays nothing for it.
    /// </param>
    public ThemeTemplates(string themeDirectory, string displayRoot, DiagnosticBag diagnostics, ScriptObject functions, bool recordReads = false)
    {
        functions.SetValue("partial", new PartialFunction(RenderPartial), readOnly: true);
        _templates = new TemplateSet(Path.GetFullPath(themeDirectory), displayRoot, diagnostics);
        _contexts = new TemplateContextPool(functions, recordReads);
        _memo = new PartialMemo(PurePartials.Find(_templates.Partials, functions.Keys.Concat(_contexts.BuiltinNames)));
    }

    /// <summary>A digest of every template's name and text: a page rendered with other templates may differ.</summary>
    public string SourceFingerprint => _templates.SourceFingerprint;

    /// <summary>The ids the theme's templates write literally (id="main"…): a heading of the text may not take one.</summary>
    public IReadOnlySet<string> LayoutIds => _templates.LayoutIds;

    /// <summary>The partials drawn once per model.</summary>
    public IReadOnlyCollection<string> PurePartialNames => _memo.Names;

    public bool HasLayout(string name) => _templates.HasLayout(name);

    /// <summary>The names of the partials in a folder of partials, e.g. the kinds of figure the theme can draw.</summary>
    public IReadOnlyList<string> PartialsIn(string folder) => _templates.PartialsIn(folder);

    /// <summary>
    /// Renders a page: the <c>base</c> layout, which draws the page's own layout where it writes <c>content</c>,
    /// straight into the page (<see cref="LayoutContent"/>): no string of the layout's HTML is made and copied.
    /// A template failure becomes a diagnostic-carrying exception.
    /// </summary>
    /// <param name="reads">Where to note what the page reads of the study, when this theme records reads.</param>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> variables, Tracking.ReadLog? reads = null)
    {
        var inner = _templates.Layout(layout);
        return Render(_templates.Layout("base"), variables, reads, new LayoutContent(inner));
    }

    /// <summary>Renders a layout as a whole document, without the base layout around it (the PDF's print layout, the EPUB's pages).</summary>
    public string RenderDocument(string layout, IReadOnlyDictionary<string, object?> variables) =>
        Render(_templates.Layout(layout), variables, reads: null, content: null);

    /// <summary>Renders a partial outside any page, e.g. a quote inside Markdown.</summary>
    public Html RenderComponent(string name, object? model, IReadOnlyDictionary<string, object?> globals)
    {
        var context = _contexts.Take();
        var scope = new ScriptObject();
        foreach (var (key, value) in globals) scope[key] = value;
        context.PushGlobal(scope);
        Html html;
        try { html = RenderPartial(context, name, model); }
        catch (ScriptRuntimeException e) { throw TemplateErrors.Failed(e); }
        context.PopGlobal();
        _contexts.GiveBack(context);
        return html;
    }

    private string Render(Template template, IReadOnlyDictionary<string, object?> variables, Tracking.ReadLog? reads, LayoutContent? content)
    {
        var context = _contexts.Take(reads);
        var globals = new ScriptObject();
        foreach (var (key, value) in variables) globals[key] = value;
        if (content is not null) globals["content"] = content;
        context.PushGlobal(globals);
        var html = Evaluate(template, context);
        context.PopGlobal();
        _contexts.GiveBack(context);
        return html;
    }

    private Html RenderPartial(TemplateContext context, string name, object? model)
    {
        var template = _templates.Partial(name);
        var escaping = (EscapingTemplateContext)context;
        if (_memo.TryReplay(escaping, name, model, out var remembered)) return remembered;
        var drawing = _memo.Begin(escaping, name, model);
        context.PushGlobal(new ScriptObject { ["model"] = model });
        var buffer = OutputBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            context.Evaluate(template.Page!);
            var html = new Html(buffer.ToString());
            drawing?.Keep(html);
            return html;
        }
        finally
        {
            context.PopOutput();
            OutputBuffers.Return(buffer);
            context.PopGlobal();
            drawing?.End();
        }
    }

    /// <summary>Renders a template into a reused buffer (<see cref="OutputBuffers"/>) and returns its text.</summary>
    private static string Evaluate(Template template, TemplateContext context)
    {
        var buffer = OutputBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateErrors.Failed(e);
        }
        finally
        {
            context.PopOutput();
            OutputBuffers.Return(buffer);
        }
    }
}
