using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Urls;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Localization;

/// <summary>
/// Reads a language of the theme (<c>i18n/{language}.yml</c>): its interface texts as top-level keys and its URL
/// words under <c>urls:</c>. The theme's reference language (English) lists every key; a language that lacks some
/// is an error naming them, so a translator sees what is left to do.
/// </summary>
public static class LocaleLoader
{
    public const string ReferenceLanguage = "en";

    /// <param name="language">A BCP 47 tag; <c>en-GB</c> falls back to <c>en</c> when the theme has no file of its own for it.</param>
    /// <param name="urlOverrides">The study's own URL words, which win over the language's.</param>
    /// <param name="stringOverrides">The study's own interface texts (study.yml <c>strings:</c>), which win over the language's.</param>
    public static Locale Load(string themeDirectory, string language, IReadOnlyDictionary<string, string> urlOverrides,
        Func<string, SourceLocation> overrideLocation, DiagnosticBag diagnostics, string displayRoot,
        IReadOnlyDictionary<string, string>? stringOverrides = null, Func<string, SourceLocation>? stringLocation = null)
    {
        var folder = Path.Combine(themeDirectory, "i18n");
        var reference = Read(folder, ReferenceLanguage, displayRoot, diagnostics, report: true);
        var file = FileFor(folder, language);
        var display = Path.GetRelativePath(displayRoot, Path.Combine(folder, (file ?? language) + ".yml"));
        var own = file is null ? null : file == ReferenceLanguage ? reference : Read(folder, file, displayRoot, diagnostics, report: true);
        if (own is null)
        {
            var keys = reference is null ? "" : string.Join(", ", reference.Value.Strings.Keys.Order(StringComparer.Ordinal));
            diagnostics.Error(SourceLocation.FileOnly(display), "TH10", $"the theme has no interface strings for the language '{language}'",
                $"copy {Path.Combine(Path.GetRelativePath(displayRoot, folder), ReferenceLanguage + ".yml")} to {display} and translate its keys: {keys}");
            return Empty(language);
        }
        if (reference is { } all && own != reference)
        {
            var missing = all.Strings.Keys.Where(k => !own.Value.Strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                diagnostics.Error(SourceLocation.FileOnly(display), "TH12", $"the interface strings lack {missing.Count} key(s) that {ReferenceLanguage}.yml has",
                    "translate: " + string.Join(", ", missing));
        }
        var words = new Dictionary<string, string>(own.Value.Urls, StringComparer.Ordinal);
        foreach (var key in UrlWords.Keys.Keys.Where(k => !words.ContainsKey(k)).Order(StringComparer.Ordinal))
            diagnostics.Error(SourceLocation.FileOnly(display), "TH13", $"the URL word '{key}' ({UrlWords.Keys[key]}) is missing", $"add it under urls: in {display}");
        foreach (var (key, word) in urlOverrides)
        {
            if (!UrlWords.Keys.ContainsKey(key))
                diagnostics.Error(overrideLocation(key), "ST20", $"unknown URL word '{key}'", Suggest.DidYouMean(key, UrlWords.Keys.Keys));
            else if (!IsUrlWord(word))
                diagnostics.Error(overrideLocation(key), "ST21", $"'{word}' cannot stand in an address", "use lower-case letters a–z, digits, '-' and '.'");
            else words[key] = word;
        }
        var strings = new Dictionary<string, string>(own.Value.Strings, StringComparer.Ordinal);
        foreach (var (key, text) in stringOverrides ?? new Dictionary<string, string>())
        {
            if (!strings.ContainsKey(key))
                diagnostics.Error((stringLocation ?? overrideLocation)(key), "ST22", $"unknown interface text '{key}'", Suggest.DidYouMean(key, strings.Keys));
            else strings[key] = text;
        }
        return new Locale { Language = language, Strings = strings, Urls = new UrlWords(words), Source = SourceLocation.FileOnly(display) };
    }

    /// <summary>Lower-case ASCII, so that an address reads the same in every browser, printed or typed.</summary>
    public static bool IsUrlWord(string word) =>
        word.Length > 0 && word.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.') && word[0] != '.' && word[0] != '-';

    private static string? FileFor(string folder, string language)
    {
        if (File.Exists(Path.Combine(folder, language + ".yml"))) return language;
        var primary = language.Split('-')[0];
        return File.Exists(Path.Combine(folder, primary + ".yml")) ? primary : null;
    }

    private readonly record struct Language(Dictionary<string, string> Strings, Dictionary<string, string> Urls);

    private static Language? Read(string folder, string language, string displayRoot, DiagnosticBag diagnostics, bool report)
    {
        var path = Path.Combine(folder, language + ".yml");
        var display = Path.GetRelativePath(displayRoot, path);
        if (!File.Exists(path)) return null;
        var text = new SourceFolder(folder).Read(path, display, diagnostics);
        if (text is null) return null;
        if (new YamlBinder(diagnostics, display).Parse(text) is not YamlMappingNode root)
        {
            if (report) diagnostics.Error(SourceLocation.FileOnly(display), "TH11", "the interface strings must be a set of keys and texts");
            return null;
        }
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name == "urls" && value is YamlMappingNode words)
                foreach (var (k, v) in words.Children) urls[((YamlScalarNode)k).Value ?? ""] = (v as YamlScalarNode)?.Value ?? "";
            else strings[name] = (value as YamlScalarNode)?.Value ?? "";
        }
        return new Language(strings, urls);
    }

    private static Locale Empty(string language) => new()
    {
        Language = language,
        Strings = new Dictionary<string, string>(),
        Urls = new UrlWords(new Dictionary<string, string>()),
    };
}
