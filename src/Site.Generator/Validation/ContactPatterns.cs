using System.Text.RegularExpressions;

namespace Site.Generator.Validation;

/// <summary>A contact detail or identity number found in a text: where, how long, and what it is (never the value itself).</summary>
public sealed record ContactMatch(int Index, int Length, string Code, string Kind);

/// <summary>
/// What counts as a contact detail: e-mail addresses and international (+) phone numbers always; the national
/// phone formats and identity numbers of the study's countries (study.yml <c>privacy: countries:</c>). Used on
/// the input (<see cref="PrivacyCheck"/>), to redact the published source text (<see cref="ContactRedaction"/>) and
/// on every file the build writes (<see cref="PrivacyGate"/>).
/// </summary>
public sealed partial class ContactPatterns
{
    /// <summary>The countries whose formats are known (ISO 3166 alpha-2, lower case).</summary>
    public static readonly IReadOnlyList<string> KnownCountries = ["no", "se", "dk", "gb", "ie", "us"];

    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _allowed;

    /// <param name="countries">Empty: every known country (a study that names none gets the strictest check).</param>
    /// <param name="allowed">Contact details that may be published, written as in the text (study.yml <c>allowed_contacts</c>).</param>
    public ContactPatterns(IEnumerable<string> countries, IEnumerable<string> allowed)
    {
        _countries = new HashSet<string>(countries.Select(c => c.ToLowerInvariant()), StringComparer.Ordinal);
        if (_countries.Count == 0) _countries.UnionWith(KnownCountries);
        _allowed = new HashSet<string>(allowed.Select(Normalise), StringComparer.OrdinalIgnoreCase);
    }

    // A number's neighbours: no letter, digit or underscore (a word, an id, a hash), no '%' or '#' (URL escapes,
    // colours), no decimal part ("12 34 56 78,5" is a figure). A phone's groups may be split by a line break: the
    // source text is hard-wrapped, and «53 21 15 ⏎ 00» is one number.
    private const string Before = @"(?<![\p{L}\p{N}_%#]|\d[,.])";
    private const string After = @"(?![\p{L}\p{N}_]|[,.]\d)";
    private const string Gap = @"(?:[ \t]+|[ \t]*(?:\r?\n[ \t]*){1,3})";

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // +47 41 90 18 51, +353 85 123 4567, +44 (0)20 7946 0958, +1 (555) 234-5678: a + and 7 to 15 digits in groups.
    [GeneratedRegex(Before + @"\+[1-9]\d{0,2}(?:[ .-]?\(\d{1,5}\)|[ .-]?\d{1,5}){1,6}" + After)]
    private static partial Regex InternationalPhone();

    // Norway and Denmark: eight digits, grouped 2-2-2-2 or 3-2-3, or written together (first digit 2–9). Not
    // 4-4: two years side by side («Grunnlagt 2020 1838» in a table) read the same.
    [GeneratedRegex(Before + @"(?:\d{2}" + Gap + @"\d{2}" + Gap + @"\d{2}" + Gap + @"\d{2}|\d{3}" + Gap + @"\d{2}" + Gap + @"\d{3}|[2-9]\d{7})" + After)]
    private static partial Regex EightDigitPhone();

    // UK: 01…, 02…, 03… and 07… numbers of ten or eleven digits in up to four groups, e.g. 07700 900123, 020 7946 0958.
    [GeneratedRegex(Before + @"\(?0[1237]\d{1,4}\)?(?:[ -]?\d{2,6}){1,3}" + After)]
    private static partial Regex BritishPhone();

    // Sweden: mobile 07x-xxx xx xx, Stockholm 08-xxx xx xx.
    [GeneratedRegex(Before + @"0(?:7[02369]|8)[ -]?\d{2,3}[ -]?\d{2,3}[ -]?\d{2}" + After)]
    private static partial Regex SwedishPhone();

    // Ireland: mobile 08x xxx xxxx, Dublin 01 xxx xxxx.
    [GeneratedRegex(Before + @"0(?:8[3-9]|1)[ -]?\d{3}[ -]?\d{4}" + After)]
    private static partial Regex IrishPhone();

    // US: (555) 234-5678, 555-234-5678, 555.234.5678 (the last two groups always separated).
    [GeneratedRegex(Before + @"(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[-.])[2-9]\d{2}[-.]\d{4}" + After)]
    private static partial Regex UnitedStatesPhone();

    // Norway: fødselsnummer, eleven digits (DDMMYY NNNNN).
    [GeneratedRegex(Before + @"\d{6}[ ]?\d{5}" + After)]
    private static partial Regex NorwegianId();

    // Sweden: (YY)YYMMDD-NNNN, (YY)YYMMDD+NNNN or the digits alone.
    [GeneratedRegex(Before + @"(?:\d{2})?\d{6}[-+]?\d{4}" + After)]
    private static partial Regex SwedishId();

    // Denmark: DDMMYY-SSSS or the digits alone.
    [GeneratedRegex(Before + @"\d{6}-?\d{4}" + After)]
    private static partial Regex DanishId();

    // UK National Insurance: AB 12 34 56 C, AB123456C.
    [GeneratedRegex(Before + @"[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]" + After)]
    private static partial Regex BritishNationalInsurance();

    // Ireland PPSN: 1234567T, 1234567TW.
    [GeneratedRegex(Before + @"\d{7}[A-W][A-IW]?" + After)]
    private static partial Regex IrishId();

    // US SSN: 123-45-6789 (with dashes or spaces; nine bare digits are too common to mean one).
    [GeneratedRegex(Before + @"\d{3}([- ])\d{2}\1\d{4}" + After)]
    private static partial Regex UnitedStatesId();

    /// <summary>Every contact detail in the text that is not allowed, in order of position.</summary>
    public IReadOnlyList<ContactMatch> Find(string text, bool emailOnly = false)
    {
        // Every pattern needs an @, a + or a digit; most texts of a study have none, and a search for them is cheap.
        var hasAt = text.Contains('@');
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (!hasAt && !hasDigit) return [];
        var found = new List<ContactMatch>();
        if (hasAt) Add(found, text, Email(), "PR001", "an e-mail address");
        if (!hasDigit || emailOnly) return found;

        Add(found, text, InternationalPhone(), "PR002", "a phone number", m => DigitCount(m) is >= 7 and <= 15);
        if (Has("no") || Has("dk")) Add(found, text, EightDigitPhone(), "PR002", "a phone number");
        if (Has("gb")) Add(found, text, BritishPhone(), "PR002", "a UK phone number", m => DigitCount(m) is 10 or 11);
        if (Has("se")) Add(found, text, SwedishPhone(), "PR002", "a Swedish phone number", m => DigitCount(m) is 9 or 10);
        if (Has("ie")) Add(found, text, IrishPhone(), "PR002", "an Irish phone number");
        if (Has("us")) Add(found, text, UnitedStatesPhone(), "PR002", "a US phone number");

        if (Has("no")) Add(found, text, NorwegianId(), "PR003", "a Norwegian national identity number", m => NationalIdentityNumbers.IsNorwegian(Digits(m)));
        if (Has("se")) Add(found, text, SwedishId(), "PR003", "a Swedish personal identity number", m => NationalIdentityNumbers.IsSwedish(Digits(m)));
        if (Has("dk")) Add(found, text, DanishId(), "PR003", "a Danish CPR number", m => NationalIdentityNumbers.IsDanish(Digits(m), m.Contains('-')));
        if (Has("gb")) Add(found, text, BritishNationalInsurance(), "PR003", "a UK National Insurance number", m => NationalIdentityNumbers.IsBritishNationalInsurance(m.Replace(" ", "")));
        if (Has("ie")) Add(found, text, IrishId(), "PR003", "an Irish PPS number", NationalIdentityNumbers.IsIrish);
        if (Has("us")) Add(found, text, UnitedStatesId(), "PR003", "a US Social Security number", m => NationalIdentityNumbers.IsUnitedStates(Digits(m)));

        // One detail may fit two patterns (a Danish number is also eight Norwegian digits): report it once, the
        // first found at its place.
        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var distinct = new List<ContactMatch>(found.Count);
        foreach (var match in found)
            if (distinct.Count == 0 || match.Index >= distinct[^1].Index + distinct[^1].Length) distinct.Add(match);
        return distinct;
    }

    private bool Has(string country) => _countries.Contains(country);

    private void Add(List<ContactMatch> found, string text, Regex pattern, string code, string kind, Func<string, bool>? valid = null)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (valid is not null && !valid(m.Value)) continue;
            if (_allowed.Contains(Normalise(m.Value))) continue;
            found.Add(new ContactMatch(m.Index, m.Length, code, kind));
        }
    }

    private static int DigitCount(string text) => text.Count(char.IsAsciiDigit);

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    /// <summary>An allowed contact matches however its spaces fall (a hard-wrapped line, a non-breaking space).</summary>
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The value masked for a diagnostic, which must not itself spread the detail into CI logs.</summary>
    public static string Mask(string value)
    {
        value = Normalise(value);
        return value.Length <= 4 ? "…" : value[..2] + new string('•', Math.Min(8, value.Length - 4)) + value[^2..];
    }
}
