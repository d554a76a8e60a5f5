using System.Collections;
using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// The study promised its informants anonymity and publishes nobody's contact details: e-mail addresses,
/// phone numbers and national identity numbers anywhere in the input fail the build, unless study.yml allows them.
/// </summary>
public static class PrivacyCheck
{
    /// <summary>The patterns of the study: its countries' formats, less its allowed contacts.</summary>
    public static ContactPatterns Patterns(Study study) =>
        new(study.Privacy?.Countries ?? [], study.AllowedContacts);

    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        CheckCountries(model.Study, diagnostics);
        var patterns = Patterns(model.Study);
        foreach (var entity in Entities(model)) ScanEntity(entity, patterns, diagnostics);
        foreach (var chapter in model.Chapters)
        {
            var lines = chapter.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (var match in patterns.Find(lines[i]))
                    diagnostics.Error(new SourceLocation(chapter.SourcePath, chapter.BodyLine + i, match.Index + 1), match.Code, Message(match, lines[i]), Hint(match));
        }
    }

    private static void CheckCountries(Study study, DiagnosticBag diagnostics)
    {
        if (study.Privacy is not { } privacy) return;
        foreach (var country in privacy.Countries.Where(c => !ContactPatterns.KnownCountries.Contains(c.ToLowerInvariant())))
            diagnostics.Error(privacy.LocationOf("countries"), "PR004", $"no privacy rules are known for the country '{country}'",
                $"known: {string.Join(", ", ContactPatterns.KnownCountries)}; e-mail addresses and +-prefixed phone numbers are checked for every study");
    }

    /// <summary>Everything the site publishes from YAML and front matter (the chapters' bodies are scanned line by line).</summary>
    private static IEnumerable<Entity> Entities(StudyModel model) =>
        new Entity?[] { model.Study, model.Comparison }.OfType<Entity>()
            .Concat(model.Cases).Concat(model.Informants).Concat(model.Codes).Concat(model.Quotes).Concat(model.Findings)
            .Concat(model.Concepts).Concat(model.Works).Concat(model.Documents).Concat(model.Figures).Concat(model.Chapters);

    private static void ScanEntity(Entity entity, ContactPatterns patterns, DiagnosticBag diagnostics)
    {
        void Scan(string key, string text)
        {
            foreach (var match in patterns.Find(text))
                diagnostics.Error(entity.LocationOf(key), match.Code, Message(match, text), Hint(match));
        }
        foreach (var (key, property) in YamlBinder.BindableProperties(entity.GetType()))
        {
            if (key == "allowed_contacts") continue;
            switch (property.GetValue(entity))
            {
                case string text:
                    Scan(key, text);
                    break;
                case Entity nested:
                    ScanEntity(nested, patterns, diagnostics);
                    break;
                case IDictionary<string, string> map:
                    foreach (var value in map.Values) Scan(key, value);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Entity child) ScanEntity(child, patterns, diagnostics);
                        else if (item is string s) Scan(key, s);
                    }
                    break;
            }
        }
    }

    /// <summary>The diagnostic's message: what was found, masked so the log does not itself publish it.</summary>
    public static string Message(ContactMatch match, string text, string where = "in the content") =>
        $"{match.Kind} ({ContactPatterns.Mask(text.Substring(match.Index, match.Length))}) {where}";

    public static string Hint(ContactMatch match) => match.Code == "PR003"
        ? "remove it: it must never be published"
        : "remove it, or list it under allowed_contacts in study.yml if it may be published";

    /// <summary>Fødselsnummer: a plausible date and both mod-11 check digits right.</summary>
    public static bool IsNationalIdentityNumber(string digits) => NationalIdentityNumbers.IsNorwegian(digits);
}
