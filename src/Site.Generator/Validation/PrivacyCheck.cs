using System.Collections;
using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// The study promised its informants anonymity and publishes nobody's contact details: e-mail addresses,
/// phone numbers and national identity numbers anywhere in the input fail the build, unless study.yml allows them.
/// </summary>
public static partial class PrivacyCheck
{
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Norwegian numbers: 8 digits, often grouped 2-2-2-2 or 3-2-3, optionally with +47.
    [GeneratedRegex(@"(?<![\d,.])(?:\+47[ ]?)?(?:\d{2}[ ]\d{2}[ ]\d{2}[ ]\d{2}|\d{3}[ ]\d{2}[ ]\d{3}|[2-9]\d{7})(?![\d,])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)\d{6}[ ]?\d{5}(?!\d)")]
    private static partial Regex ElevenDigits();

    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        var allowed = new HashSet<string>(model.Study.AllowedContacts, StringComparer.OrdinalIgnoreCase);
        foreach (var entity in Entities(model)) ScanEntity(entity, allowed, diagnostics);
        foreach (var chapter in model.Chapters)
        {
            var lines = chapter.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (var (column, problem) in Find(lines[i], allowed))
                    diagnostics.Error(new SourceLocation(chapter.SourcePath, chapter.BodyLine + i, column + 1), problem.Code, problem.Message, problem.Hint);
        }
    }

    /// <summary>Everything the site publishes from YAML and front matter (the chapters' bodies are scanned line by line).</summary>
    private static IEnumerable<Entity> Entities(StudyModel model) =>
        new Entity?[] { model.Study, model.Comparison }.OfType<Entity>()
            .Concat(model.Cases).Concat(model.Informants).Concat(model.Codes).Concat(model.Quotes).Concat(model.Findings)
            .Concat(model.Concepts).Concat(model.Works).Concat(model.Documents).Concat(model.Figures).Concat(model.Chapters);

    private static void ScanEntity(Entity entity, HashSet<string> allowed, DiagnosticBag diagnostics)
    {
        foreach (var (key, property) in YamlBinder.BindableProperties(entity.GetType()))
        {
            if (key == "allowed_contacts") continue;
            switch (property.GetValue(entity))
            {
                case string text:
                    foreach (var (_, problem) in Find(text, allowed))
                        diagnostics.Error(entity.LocationOf(key), problem.Code, problem.Message, problem.Hint);
                    break;
                case Entity nested:
                    ScanEntity(nested, allowed, diagnostics);
                    break;
                case IDictionary<string, string> map:
                    foreach (var value in map.Values)
                        foreach (var (_, problem) in Find(value, allowed))
                            diagnostics.Error(entity.LocationOf(key), problem.Code, problem.Message, problem.Hint);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Entity child) ScanEntity(child, allowed, diagnostics);
                        else if (item is string s)
                            foreach (var (_, problem) in Find(s, allowed))
                                diagnostics.Error(entity.LocationOf(key), problem.Code, problem.Message, problem.Hint);
                    }
                    break;
            }
        }
    }

    private sealed record Problem(string Code, string Message, string Hint);

    private static IEnumerable<(int Column, Problem Problem)> Find(string text, HashSet<string> allowed)
    {
        const string hint = "remove it, or list it under allowed_contacts in study.yml if it may be published";
        // Every pattern needs an @ or a digit; most texts have neither, and a search for them is far cheaper.
        var hasAt = text.Contains('@');
        if (!hasAt && text.AsSpan().IndexOfAnyInRange('0', '9') < 0) yield break;
        if (hasAt)
            foreach (Match m in Email().Matches(text))
                if (!allowed.Contains(m.Value)) yield return (m.Index, new Problem("PR001", $"an e-mail address ({Mask(m.Value)}) in the content", hint));
        foreach (Match m in Phone().Matches(text))
            if (!allowed.Contains(m.Value)) yield return (m.Index, new Problem("PR002", $"a phone number ({Mask(m.Value)}) in the content", hint));
        foreach (Match m in ElevenDigits().Matches(text))
            if (IsNationalIdentityNumber(m.Value.Replace(" ", "")))
                yield return (m.Index, new Problem("PR003", "a Norwegian national identity number in the content", "remove it: it must never be published"));
    }

    /// <summary>Fødselsnummer: a plausible date and both mod-11 check digits right.</summary>
    public static bool IsNationalIdentityNumber(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit)) return false;
        var d = digits.Select(c => c - '0').ToArray();
        var day = d[0] * 10 + d[1];
        var month = d[2] * 10 + d[3];
        if (day > 40) day -= 40; // D-number
        if (day is < 1 or > 31 || month is < 1 or > 12) return false;
        int[] w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        int[] w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var k1 = 11 - w1.Select((w, i) => w * d[i]).Sum() % 11;
        if (k1 == 11) k1 = 0;
        if (k1 == 10 || k1 != d[9]) return false;
        var k2 = 11 - w2.Select((w, i) => w * d[i]).Sum() % 11;
        if (k2 == 11) k2 = 0;
        return k2 != 10 && k2 == d[10];
    }

    // The diagnostic should not itself spread the detail into CI logs.
    private static string Mask(string value) => value.Length <= 4 ? "…" : value[..2] + new string('•', Math.Min(8, value.Length - 4)) + value[^2..];
}
