using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>
/// The theme's Scriban templates: <c>layouts/</c> (a page kind each, plus <c>base</c> around them) and
/// <c>partials/</c> (components shared by pages, called with <c>partial "name" value</c>).
/// Templates are parsed once and rendered from many threads; every value they write is escaped.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".sbn-html";

    private readonly string _themeDirectory;
    private readonly string _displayRoot;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ScriptObject _functions;
    private readonly bool _recordReads;

    /// <param name="recordReads">
    /// Note what every render reads of the study (<see cref="Incremental.ReadLog"/>), for the preview, which
    /// renders again only the pages whose reads changed. Off for a plain build, which pays nothing for it.
    /// </param>
    public ThemeTemplates(string themeDirectory, string displayRoot, DiagnosticBag diagnostics, ScriptObject functions, bool recordReads = false)
    {
        _recordReads = recordReads;
        _themeDirectory = Path.GetFullPath(themeDirectory);
        _displayRoot = displayRoot;
        _functions = functions;
        _functions.SetValue("partial", new PartialFunction(RenderPartial), readOnly: true);
        LoadAll(diagnostics);
        _purePartials = PurePartials.Find(
            _templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).ToDictionary(t => t.Key["partials/".Length..], t => t.Value),
            _functions.Keys.Concat(_builtins.Keys));
    }

    /// <summary>A digest of every template's name and text: a page rendered with other templates may differ.</summary>
    public string SourceFingerprint => Incremental.ValueFingerprint.Of(_sources);

    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal);

    private readonly SortedSet<string> _layoutIds = new(StringComparer.Ordinal);

    /// <summary>The ids the theme's templates write literally (id="main"…): a heading of the text may not take one.</summary>
    public IReadOnlySet<string> LayoutIds => _layoutIds;

    private static readonly System.Text.RegularExpressions.Regex LiteralId =
        new(@"\bid=""([A-Za-z][A-Za-z0-9_\-:.]*)""", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The partials drawn once per model.</summary>
    public IReadOnlyCollection<string> PurePartialNames => _purePartials;

    // The preview rebuilds the site on every save, mostly with the theme unchanged: a template is parsed again
    // only when its text changed. Parsed templates are immutable, so builds may share them.
    private static readonly ConcurrentDictionary<string, (string Text, Template Template)> Parsed = new(StringComparer.Ordinal);

    private static Template Parse(string text, string path)
    {
        if (Parsed.TryGetValue(path, out var cached) && cached.Text == text) return cached.Template;
        var template = Template.Parse(text, path);
        Parsed[path] = (text, template);
        return template;
    }

    private void LoadAll(DiagnosticBag diagnostics)
    {
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var directory = Path.Combine(_themeDirectory, folder);
            if (!Directory.Exists(directory))
            {
                diagnostics.Error(SourceLocation.FileOnly(Display(directory)), "TH01", $"the theme has no {folder}/ folder");
                continue;
            }
            // Partials may stand in folders of their own: partials/figures/ holds one per kind of figure.
            var theme = new Loading.SourceFolder(_themeDirectory);
            foreach (var file in Directory.GetFiles(directory, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = theme.Read(file, Display(file), diagnostics);
                if (text is null) continue;
                var template = Parse(text, Display(file));
                if (template.HasErrors)
                {
                    foreach (var message in template.Messages)
                        diagnostics.Error(At(message.Span), "TH02", $"template error: {message.Message}");
                    continue;
                }
                var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
                _templates[$"{folder}/{name[..^Extension.Length]}"] = template;
                _sources[$"{folder}/{name}"] = text;
                foreach (System.Text.RegularExpressions.Match id in LiteralId.Matches(text)) _layoutIds.Add(id.Groups[1].Value);
            }
        }
    }

    public bool HasLayout(string name) => _templates.ContainsKey("layouts/" + name);

    /// <summary>The names of the partials in a folder of partials, e.g. the kinds of figure the theme can draw.</summary>
    public IReadOnlyList<string> PartialsIn(string folder) =>
        _templates.Keys.Where(k => k.StartsWith($"partials/{folder}/", StringComparison.Ordinal)).Select(k => k[$"partials/{folder}/".Length..]).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Renders a page: the <c>base</c> layout, which draws the page's own layout where it writes <c>content</c>,
    /// straight into the page (<see cref="LayoutContent"/>): no string of the layout's HTML is made and copied.
    /// A template failure becomes a diagnostic-carrying exception.
    /// </summary>
    /// <param name="reads">Where to note what the page reads of the study, when this theme records reads.</param>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> variables, Incremental.ReadLog? reads = null)
    {
        var inner = Layout(layout);
        var outer = Layout("base");
        var context = TakeContext(reads);
        var globals = new ScriptObject();
        foreach (var (key, value) in variables) globals[key] = value;
        globals["content"] = new LayoutContent(inner);
        context.PushGlobal(globals);
        var html = Evaluate(outer, context);
        context.PopGlobal();
        GiveBack(context);
        return html;
    }

    /// <summary>Renders a layout as a whole document, without the base layout around it (the PDF's print layout, the EPUB's pages).</summary>
    public string RenderDocument(string layout, IReadOnlyDictionary<string, object?> variables)
    {
        var template = Layout(layout);
        var context = TakeContext();
        var globals = new ScriptObject();
        foreach (var (key, value) in variables) globals[key] = value;
        context.PushGlobal(globals);
        var html = Evaluate(template, context);
        context.PopGlobal();
        GiveBack(context);
        return html;
    }

    /// <summary>A page's layout as the base layout's <c>content</c>: written, it draws itself where it stands.</summary>
    internal sealed class LayoutContent(Template layout)
    {
        public void Draw(TemplateContext context)
        {
            var result = context.Evaluate(layout.Page!);
            if (result is not null) context.Write(layout.Page!.Span, result);
        }
    }

    private Template Layout(string name) =>
        _templates.TryGetValue("layouts/" + name, out var template) ? template
            : throw new TemplateFailedException(new Diagnostic(SourceLocation.FileOnly(Display(Path.Combine(_themeDirectory, "layouts", name + Extension))), Severity.Error, "TH03", $"the theme has no layout '{name}'"));

    /// <summary>Partials whose output depends only on their model (<see cref="PurePartials"/>), and what they drew, per model.</summary>
    private readonly HashSet<string> _purePartials;
    // Scriban indents a partial's lines as deep as the line that calls it, and its first line only if the text
    // before the call ended a line: both are part of the key, and a hit leaves the context as drawing it would.
    // What the drawing read of the study is kept with it: a page that shows it again has read the same.
    private readonly ConcurrentDictionary<(string Partial, object Model, string? Indent, bool AtLineStart), (Html Html, string? Indent, bool AtLineStart, Incremental.ReadLog? Reads)> _drawn = new();

    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool AtLineStart(TemplateContext context);

    private Html RenderPartial(TemplateContext context, string name, object? model)
    {
        if (!_templates.TryGetValue("partials/" + name, out var template))
            throw new TemplateFailedException(new Diagnostic(SourceLocation.FileOnly(Display(Path.Combine(_themeDirectory, "partials", name + Extension))), Severity.Error, "TH04", $"the theme has no partial '{name}'"));
        var pure = model is not null && _purePartials.Contains(name);
        var key = (name, model!, context.CurrentIndent, AtLineStart(context));
        var escaping = (EscapingTemplateContext)context;
        var pageReads = escaping.Reads;
        if (pure && _drawn.TryGetValue(key, out var drawn))
        {
            context.CurrentIndent = drawn.Indent;
            AtLineStart(context) = drawn.AtLineStart;
            if (drawn.Reads is not null) pageReads?.AddAll(drawn.Reads);
            return drawn.Html;
        }
        var ownReads = pure && pageReads is not null ? new Incremental.ReadLog() : null;
        if (ownReads is not null) escaping.Reads = ownReads;
        var scope = new ScriptObject { ["model"] = model };
        context.PushGlobal(scope);
        var buffer = OutputBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            context.Evaluate(template.Page!);
            var html = new Html(buffer.ToString());
            if (pure) _drawn.TryAdd(key, (html, context.CurrentIndent, AtLineStart(context), ownReads));
            return html;
        }
        finally
        {
            context.PopOutput();
            OutputBuffers.Return(buffer);
            context.PopGlobal();
            if (ownReads is not null)
            {
                escaping.Reads = pageReads;
                pageReads!.AddAll(ownReads);
            }
        }
    }

    /// <summary>Renders a partial outside any page, e.g. a quote inside Markdown.</summary>
    public Html RenderComponent(string name, object? model, IReadOnlyDictionary<string, object?> globals)
    {
        var context = TakeContext();
        var scope = new ScriptObject();
        foreach (var (key, value) in globals) scope[key] = value;
        context.PushGlobal(scope);
        Html html;
        try { html = RenderPartial(context, name, model); }
        catch (ScriptRuntimeException e) { throw new TemplateFailedException(new Diagnostic(At(e.Span), Severity.Error, "TH05", $"template error: {e.OriginalMessage}")); }
        context.PopGlobal();
        GiveBack(context);
        return html;
    }

    /// <summary>
    /// Scriban's built-in functions, made once: building them imports every function by reflection, too slow to
    /// repeat for every page. Shared like <see cref="_functions"/>: templates only read them.
    /// </summary>
    private readonly ScriptObject _builtins = Builtins();

    private static ScriptObject Builtins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        // Scriban's include returns plain text, which the escaping context would escape: offer only 'partial'.
        builtins.Remove("include");
        // The same input builds the same files: a theme cannot read the clock.
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
            date.Add("now", new RefusedFunction("date.now", "the same study must build the same files; print a date of the study (study.year, a document's date) instead"));
        }
        return builtins;
    }

    // Making a context costs Scriban about 30 KB of stacks and caches, and its member accessors are cached per
    // context: each thread keeps one between renders (450 MB less garbage at 10,000 quote pages). A context is
    // given back only after a render that ended normally, so its stacks are as a new one's; one that saw an
    // error is dropped.
    private readonly ThreadLocal<EscapingTemplateContext?> _spareContext = new();
    private (string? Indent, bool AtLineStart) _freshState;

    private EscapingTemplateContext TakeContext(Incremental.ReadLog? reads = null)
    {
        var context = _spareContext.Value;
        _spareContext.Value = null;
        if (context is null)
        {
            context = new EscapingTemplateContext(_builtins);
            _freshState = (context.CurrentIndent, AtLineStart(context));
            context.PushGlobal(_functions);
        }
        context.Reads = _recordReads ? reads ?? new Incremental.ReadLog() : null;
        // Where the output stands (indent, start of a line) as in a new context.
        context.CurrentIndent = _freshState.Indent;
        AtLineStart(context) = _freshState.AtLineStart;
        return context;
    }

    private void GiveBack(EscapingTemplateContext context)
    {
        context.Reads = null;
        _spareContext.Value = context;
    }

    /// <summary>Renders a template into a reused buffer (<see cref="OutputBuffers"/>) and returns its text.</summary>
    private string Evaluate(Template template, TemplateContext context)
    {
        var buffer = OutputBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateFailedException(new Diagnostic(At(e.Span), Severity.Error, "TH05", $"template error: {e.OriginalMessage}"));
        }
        finally
        {
            context.PopOutput();
            OutputBuffers.Return(buffer);
        }
    }

    private SourceLocation At(SourceSpan span) => new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    private string Display(string path) => Path.GetRelativePath(_displayRoot, path);
}

/// <summary>A template failed while rendering; the diagnostic says where in the theme.</summary>
public sealed class TemplateFailedException(Diagnostic diagnostic) : Exception(diagnostic.Format())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
