using System.Globalization;
using Site.Generator.Urls;

namespace Site.Generator.Localization;

/// <summary>
/// Everything about the site that follows its language: interface words, URL words, quotation marks, the
/// conjunction of lists, sorting. Read from the theme's <c>i18n/{language}.yml</c>; the study may override URL words.
/// </summary>
public sealed class Locale
{
    public required string Language { get; init; }
    public required IReadOnlyDictionary<string, string> Strings { get; init; }
    public required UrlWords Urls { get; init; }

    /// <summary>The theme's language file the texts and URL words come from (for diagnostics).</summary>
    public Diagnostics.SourceLocation Source { get; init; }

    /// <summary>The culture of the study's language: sorting of names, numbers.</summary>
    public CultureInfo Culture => _culture ??= CultureOf(Language);
    private CultureInfo? _culture;

    /// <summary>Compares names as a reader of the language expects (å after z in Norwegian, for instance).</summary>
    public StringComparer Collation => _collation ??= StringComparer.Create(Culture, ignoreCase: false);
    private StringComparer? _collation;

    /// <summary>The interface text for a key; the key itself when the theme has none (the loader reports that).</summary>
    public string Text(string key) => Strings.TryGetValue(key, out var text) ? text : key;

    /// <summary>An interface text with its <c>{name}</c> placeholders filled in.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = Text(key);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", Convert.ToString(value, Culture), StringComparison.Ordinal);
        return text;
    }

    /// <summary>The text with its first letter upper case, as the language writes it at the start of a heading.</summary>
    public string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>The text between the language's quotation marks.</summary>
    public string Quoted(string text) => Text("quote_open") + text + Text("quote_close");

    /// <summary>A list as a sentence writes it: "A, B and C", with the conjunction and marks of the language.</summary>
    public string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(Text("list_separator"), items.Take(items.Count - 1)) + Text("list_last_separator") + items[^1],
    };

    private static CultureInfo CultureOf(string language)
    {
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
