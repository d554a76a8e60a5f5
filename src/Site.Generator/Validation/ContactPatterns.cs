using System.Buffers;
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
        _numbers = NumberPatterns();
    }

    private readonly List<NumberPattern> _numbers;

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
    public IReadOnlyList<ContactMatch> Find(string text, bool emailOnly = false) => Find(text, emailOnly, wholeText: false);

    /// <summary>
    /// The same search with every pattern run over the whole text, not only where an address or a number can stand:
    /// what the windows (<see cref="EmailWindows"/>, <see cref="NumberWindows"/>) must never change, which a property
    /// test holds them to.
    /// </summary>
    internal IReadOnlyList<ContactMatch> FindInWholeText(string text, bool emailOnly = false) => Find(text, emailOnly, wholeText: true);

    private IReadOnlyList<ContactMatch> Find(string text, bool emailOnly, bool wholeText)
    {
        // Every pattern needs an @, a + or a digit; most texts of a study have none, and a search for them is cheap.
        var hasAt = text.Contains('@');
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (!hasAt && !hasDigit) return [];
        var found = new List<(ContactMatch Match, int Rank)>();
        if (hasAt)
            foreach (var (start, end) in wholeText ? [(0, text.Length)] : EmailWindows(text)) Add(found, text, start, end, 0, Email(), "PR001", "an e-mail address");
        if (hasDigit && !emailOnly)
            foreach (var (start, end) in wholeText ? [(0, text.Length)] : NumberWindows(text))
                for (var rank = 0; rank < _numbers.Count; rank++)
                {
                    var (pattern, code, kind, valid) = _numbers[rank];
                    Add(found, text, start, end, rank + 1, pattern, code, kind, valid);
                }

        // One detail may fit two patterns (a Danish number is also eight Norwegian digits): report it once, the
        // first found at its place (the longest, then in the order of the patterns above).
        found.Sort((a, b) => a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index)
            : a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length) : a.Rank.CompareTo(b.Rank));
        var distinct = new List<ContactMatch>(found.Count);
        foreach (var (match, _) in found)
            if (distinct.Count == 0 || match.Index >= distinct[^1].Index + distinct[^1].Length) distinct.Add(match);
        return distinct;
    }

    private sealed record NumberPattern(Regex Pattern, string Code, string Kind, Func<string, bool>? Valid);

    /// <summary>The phone and identity-number patterns of the study's countries, in the order they are tried.</summary>
    private List<NumberPattern> NumberPatterns()
    {
        var patterns = new List<NumberPattern> { new(InternationalPhone(), "PR002", "a phone number", m => DigitCount(m) is >= 7 and <= 15) };
        void When(bool wanted, Regex pattern, string code, string kind, Func<string, bool>? valid = null)
        {
            if (wanted) patterns.Add(new(pattern, code, kind, valid));
        }
        When(Has("no") || Has("dk"), EightDigitPhone(), "PR002", "a phone number");
        When(Has("gb"), BritishPhone(), "PR002", "a UK phone number", m => DigitCount(m) is 10 or 11);
        When(Has("se"), SwedishPhone(), "PR002", "a Swedish phone number", m => DigitCount(m) is 9 or 10);
        When(Has("ie"), IrishPhone(), "PR002", "an Irish phone number");
        When(Has("us"), UnitedStatesPhone(), "PR002", "a US phone number");

        When(Has("no"), NorwegianId(), "PR003", "a Norwegian national identity number", m => NationalIdentityNumbers.IsNorwegian(Digits(m)));
        When(Has("se"), SwedishId(), "PR003", "a Swedish personal identity number", m => NationalIdentityNumbers.IsSwedish(Digits(m)));
        When(Has("dk"), DanishId(), "PR003", "a Danish CPR number", m => NationalIdentityNumbers.IsDanish(Digits(m), m.Contains('-')));
        When(Has("gb"), BritishNationalInsurance(), "PR003", "a UK National Insurance number", m => NationalIdentityNumbers.IsBritishNationalInsurance(m.Replace(" ", "")));
        When(Has("ie"), IrishId(), "PR003", "an Irish PPS number", NationalIdentityNumbers.IsIrish);
        When(Has("us"), UnitedStatesId(), "PR003", "a US Social Security number", m => NationalIdentityNumbers.IsUnitedStates(Digits(m)));
        return patterns;
    }

    private bool Has(string country) => _countries.Contains(country);

    /// <summary>The pattern's matches in text[start..end], read as if that were the whole text.</summary>
    private void Add(List<(ContactMatch, int)> found, string text, int start, int end, int rank, Regex pattern, string code, string kind, Func<string, bool>? valid = null)
    {
        foreach (var m in pattern.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var value = text.Substring(start + m.Index, m.Length);
            if (valid is not null && !valid(value)) continue;
            if (_allowed.Contains(Normalise(value))) continue;
            found.Add((new ContactMatch(start + m.Index, m.Length, code, kind), rank));
        }
    }

    // Between two digits of one number, the patterns allow whitespace and at most three other characters (the most
    // is ")-(" in "+44 (0)-(20)…"); around its digits, a number reads at most three characters more ("AB " before a
    // National Insurance number, a "+" or "(" before a phone, two letters after an Irish PPS number) and the
    // lookarounds two beyond those. Every reported number has at least six digits (a National Insurance number).
    private const int MostBetweenDigits = 3, Margin = 8, FewestDigits = 6;

    /// <summary>
    /// The parts of the text where an e-mail address can stand: around each @, the characters an address's local
    /// part may have before it and its domain after it, overlapping parts joined. No address reaches past these
    /// (what bounds them is in neither part), so the pattern finds there what it finds in the whole text; a page
    /// whose citation block starts «@book{» is then not read whole for the sake of one @.
    /// </summary>
    internal static List<(int Start, int End)> EmailWindows(string text)
    {
        var windows = new List<(int Start, int End)>();
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocalPart(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && IsDomain(text[end])) end++;
            Join(windows, start, end);
        }
        return windows;

        static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
        static bool IsLocalPart(char c) => IsDomain(c) || c is '_' or '%' or '+';
    }

    /// <summary>Adds a window, joined to the last one when they overlap or touch (windows come in text order).</summary>
    private static void Join(List<(int Start, int End)> windows, int start, int end)
    {
        if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end));
        else windows.Add((start, end));
    }

    private static readonly SearchValues<char> AsciiButDigits =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c)).ToArray());

    /// <summary>
    /// The parts of the text where a number can stand: each run of digits that the patterns could read as one
    /// number (digits joined by whitespace and at most <see cref="MostBetweenDigits"/> other characters) with
    /// <see cref="FewestDigits"/> digits or more, widened by <see cref="Margin"/> on each side, overlapping parts
    /// joined. A built page holds a few such runs among thousands of characters; the number patterns read only
    /// these, and find there what they would find in the whole text, since no match reaches across a window's edge.
    /// </summary>
    internal static List<(int Start, int End)> NumberWindows(string text)
    {
        var windows = new List<(int Start, int End)>();
        int first = -1, last = -1, digits = 0, between = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (first < 0)
            {
                // Outside a run, skip to the next digit or non-ASCII character (a digit of another script) at once.
                var next = text.AsSpan(i).IndexOfAnyExcept(AsciiButDigits);
                if (next < 0) break;
                i += next;
            }
            var c = text[i];
            if (char.IsDigit(c))
            {
                if (first < 0) first = i;
                last = i;
                digits++;
                between = 0;
            }
            else if (first >= 0 && c is not (' ' or '\t' or '\r' or '\n') && ++between > MostBetweenDigits) Close();
        }
        if (first >= 0) Close();
        return windows;

        void Close()
        {
            if (digits >= FewestDigits)
            {
                Join(windows, Math.Max(0, first - Margin), Math.Min(text.Length, last + 1 + Margin));
            }
            first = -1;
            digits = 0;
            between = 0;
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
