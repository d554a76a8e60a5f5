using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using Site.Generator.Localization;
using Site.Generator.Urls;
using Site.Generator.Validation;

namespace Site.Tests.AnyStudy;

/// <summary>
/// Every language the theme ships (theme/i18n/*.yml) is complete: each key of the reference language and no other,
/// with the same placeholders, and URL words that can stand in an address and do not take each other's folders or
/// the generator's own.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ThemeLanguagesTests
{
    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(Repository.Theme, "i18n"), "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Languages() => new(Files());

    private static Locale Load(string language, DiagnosticBag diagnostics) =>
        LocaleLoader.Load(Repository.Theme, language, new Dictionary<string, string>(), _ => default, diagnostics, Repository.Root);

    [Fact]
    public void The_theme_ships_english_bokmal_and_nynorsk()
    {
        Assert.Equal(["en", "nb", "nn"], Files());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_has_every_key_of_english_and_no_other(string language)
    {
        var diagnostics = new DiagnosticBag();
        var locale = Load(language, diagnostics);
        Assert.Empty(diagnostics.Items);
        var reference = Load(LocaleLoader.ReferenceLanguage, new DiagnosticBag());
        Assert.Equal(reference.Strings.Keys.Order(StringComparer.Ordinal), locale.Strings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(UrlWords.Keys.Keys.Order(StringComparer.Ordinal), locale.Urls.All.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in locale.Strings)
            Assert.True(text.Length > 0, $"{language}.yml: {key} is empty");
    }

    private static readonly Regex Placeholder = new(@"\{[a-z_]+\}");

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_text_keeps_the_placeholders_of_its_english_one(string language)
    {
        var locale = Load(language, new DiagnosticBag());
        var reference = Load(LocaleLoader.ReferenceLanguage, new DiagnosticBag());
        foreach (var (key, english) in reference.Strings)
            Assert.True(Placeholders(english).SequenceEqual(Placeholders(locale.Text(key))), $"{language}.yml: {key} has {string.Join(' ', Placeholders(locale.Text(key)))}, en.yml {string.Join(' ', Placeholders(english))}");
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder.Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_url_words_are_addresses_of_their_own(string language)
    {
        var words = Load(language, new DiagnosticBag()).Urls;
        foreach (var (key, word) in words.All)
            Assert.True(LocaleLoader.IsUrlWord(word), $"{language}.yml: urls.{key} '{word}'");
        var folders = AddressCheck.FolderWords.Select(key => words[key]).ToList();
        Assert.Equal(folders.Count, folders.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(folders, AddressCheck.Reserved.Contains);
    }
}
