using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Rendering;

/// <summary>The interface's words (menus, labels, buttons) from <c>theme/i18n/{language}.yml</c>; the study's text keeps its own language.</summary>
public static class UiStrings
{
    public static IReadOnlyDictionary<string, string> Load(string themeDirectory, string language, DiagnosticBag diagnostics, string displayRoot)
    {
        var path = Path.Combine(themeDirectory, "i18n", language + ".yml");
        var display = Path.GetRelativePath(displayRoot, path);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "TH10", $"the theme has no interface strings for '{language}'");
            return result;
        }
        var text = TextFile.Read(path, display, diagnostics);
        if (text is null) return result;
        var binder = new YamlBinder(diagnostics, display);
        if (binder.Parse(text) is not YamlMappingNode root)
        {
            diagnostics.Error(SourceLocation.FileOnly(display), "TH11", "the interface strings must be a set of keys and texts");
            return result;
        }
        foreach (var (key, value) in root.Children)
            result[((YamlScalarNode)key).Value ?? ""] = (value as YamlScalarNode)?.Value ?? "";
        return result;
    }
}
