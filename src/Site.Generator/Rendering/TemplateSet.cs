using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>
/// The theme's templates, parsed from its <c>layouts/</c> (a page kind each, plus <c>base</c> around them) and
/// <c>partials/</c> folders, by name; a missing one is an error that names the file the theme lacks.
/// </summary>
internal sealed class TemplateSet
{
    public const string Extension = ".sbn-html";

    private readonly string _themeDirectory;
    private readonly string _displayRoot;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _layoutIds = new(StringComparer.Ordinal);

    private static readonly Regex LiteralId = new(@"\bid=""([A-Za-z][A-Za-z0-9_\-:.]*)""", RegexOptions.CultureInvariant);

    // The preview rebuilds the site on every save, mostly with the theme unchanged: a template is parsed again
    // only when its text changed. Parsed templates are immutable, so builds may share them.
    private static readonly ConcurrentDictionary<string, (string Text, Template Template)> Parsed = new(StringComparer.Ordinal);

    public TemplateSet(string themeDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        _themeDirectory = themeDirectory;
        _displayRoot = displayRoot;
        foreach (var folder in new[] { "layouts", "partials" }) Load(folder, diagnostics);
    }

    /// <summary>A digest of every template's name and text: a page rendered with other templates may differ.</summary>
    public string SourceFingerprint => Tracking.ValueFingerprint.Of(_sources);

    /// <summary>The ids the templates write literally (id="main"…).</summary>
    public IReadOnlySet<string> LayoutIds => _layoutIds;

    /// <summary>The partials by their name under <c>partials/</c>.</summary>
    public IReadOnlyDictionary<string, Template> Partials =>
        _templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).ToDictionary(t => t.Key["partials/".Length..], t => t.Value);

    public bool HasLayout(string name) => _templates.ContainsKey("layouts/" + name);

    public IReadOnlyList<string> PartialsIn(string folder) =>
        _templates.Keys.Where(k => k.StartsWith($"partials/{folder}/", StringComparison.Ordinal)).Select(k => k[$"partials/{folder}/".Length..]).Order(StringComparer.Ordinal).ToList();

    public Template Layout(string name) => Find("layouts", name, "TH03", $"the theme has no layout '{name}'");

    public Template Partial(string name) => Find("partials", name, "TH04", $"the theme has no partial '{name}'");

    private Template Find(string folder, string name, string code, string missing) =>
        _templates.TryGetValue($"{folder}/{name}", out var template) ? template
            : throw new TemplateFailedException(new Diagnostic(SourceLocation.FileOnly(Display(Path.Combine(_themeDirectory, folder, name + Extension))), Severity.Error, code, missing));

    private void Load(string folder, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(_themeDirectory, folder);
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(SourceLocation.FileOnly(Display(directory)), "TH01", $"the theme has no {folder}/ folder");
            return;
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
                TemplateErrors.Report(template, diagnostics);
                continue;
            }
            var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
            _templates[$"{folder}/{name[..^Extension.Length]}"] = template;
            _sources[$"{folder}/{name}"] = text;
            foreach (Match id in LiteralId.Matches(text)) _layoutIds.Add(id.Groups[1].Value);
        }
    }

    private static Template Parse(string text, string path)
    {
        if (Parsed.TryGetValue(path, out var cached) && cached.Text == text) return cached.Template;
        var template = Template.Parse(text, path);
        Parsed[path] = (text, template);
        return template;
    }

    private string Display(string path) => Path.GetRelativePath(_displayRoot, path);
}
