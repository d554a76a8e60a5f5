namespace Site.Generator.Validation;

/// <summary>
/// The check digits and structure rules of national identity numbers. A pattern alone would flag every run of
/// digits of the right length (table values, ISBNs, statistics); these rules keep only numbers that could be
/// someone's. Each takes the digits (or characters) without separators.
/// </summary>
public static class NationalIdentityNumbers
{
    /// <summary>Norway, fødselsnummer or D-number: a plausible date (day + 40 for a D-number) and both mod-11 check digits right.</summary>
    public static bool IsNorwegian(string digits)
    {
        if (digits.Length != 11 || !AllDigits(digits)) return false;
        var d = Digits(digits);
        var day = d[0] * 10 + d[1];
        if (day > 40) day -= 40;
        if (!PlausibleDate(day, d[2] * 10 + d[3])) return false;
        int[] w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        int[] w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var k1 = Mod11Check(d, w1);
        var k2 = Mod11Check(d, w2);
        return k1 == d[9] && k2 == d[10];
    }

    /// <summary>Sweden, personnummer or samordningsnummer (day + 60): YYMMDDNNNN or YYYYMMDDNNNN, Luhn over the last ten digits.</summary>
    public static bool IsSwedish(string digits)
    {
        if (digits.Length == 12)
        {
            if (!digits.StartsWith("19", StringComparison.Ordinal) && !digits.StartsWith("20", StringComparison.Ordinal)) return false;
            digits = digits[2..];
        }
        if (digits.Length != 10 || !AllDigits(digits)) return false;
        var d = Digits(digits);
        var day = d[4] * 10 + d[5];
        if (day > 60) day -= 60;
        return PlausibleDate(day, d[2] * 10 + d[3]) && Luhn(d);
    }

    /// <summary>
    /// Denmark, CPR number DDMMYY-SSSS: a plausible date. Numbers issued since 2007 need not pass the old mod-11
    /// check, so a number written with its dash (how a CPR number is written) needs only the date; ten bare digits
    /// must also pass mod 11, or every date-like run of ten digits would count.
    /// </summary>
    public static bool IsDanish(string digits, bool writtenWithDash)
    {
        if (digits.Length != 10 || !AllDigits(digits)) return false;
        var d = Digits(digits);
        if (!PlausibleDate(d[0] * 10 + d[1], d[2] * 10 + d[3])) return false;
        if (writtenWithDash) return true;
        int[] w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        return w.Select((x, i) => x * d[i]).Sum() % 11 == 0;
    }

    /// <summary>
    /// United Kingdom, National Insurance number: two prefix letters (D, F, I, Q, U, V never; O never second;
    /// BG, GB, KN, NK, NT, TN, ZZ not allocated), six digits, a suffix A–D.
    /// </summary>
    public static bool IsBritishNationalInsurance(string text)
    {
        if (text.Length != 9) return false;
        var prefix = text[..2];
        if ("DFIQUV".Contains(prefix[0]) || "DFIQUVO".Contains(prefix[1])) return false;
        if (prefix is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ") return false;
        return char.IsAsciiLetterUpper(prefix[0]) && char.IsAsciiLetterUpper(prefix[1])
            && AllDigits(text[2..8]) && text[8] is >= 'A' and <= 'D';
    }

    /// <summary>
    /// Ireland, PPS number: seven digits and a check letter (weights 8…2 on the digits, 9 on an optional second
    /// letter, A = 1 … W = 0, sum mod 23).
    /// </summary>
    public static bool IsIrish(string text)
    {
        if (text.Length is < 8 or > 9 || !AllDigits(text[..7])) return false;
        var sum = 0;
        for (var i = 0; i < 7; i++) sum += (8 - i) * (text[i] - '0');
        if (text.Length == 9)
        {
            var second = text[8];
            if (second is not ((>= 'A' and <= 'I') or 'W')) return false;
            sum += 9 * (second == 'W' ? 0 : second - 'A' + 1);
        }
        var check = text[7];
        if (check is < 'A' or > 'W') return false;
        return sum % 23 == (check == 'W' ? 0 : check - 'A' + 1);
    }

    /// <summary>United States, Social Security number AAA-GG-SSSS: area not 000, 666 or 9xx; group not 00; serial not 0000.</summary>
    public static bool IsUnitedStates(string digits)
    {
        if (digits.Length != 9 || !AllDigits(digits)) return false;
        var area = digits[..3];
        return area is not ("000" or "666") && area[0] != '9' && digits[3..5] != "00" && digits[5..] != "0000";
    }

    private static int Mod11Check(int[] d, int[] weights)
    {
        var k = 11 - weights.Select((w, i) => w * d[i]).Sum() % 11;
        return k == 11 ? 0 : k; // 10 is no valid check digit: it never equals a digit
    }

    private static bool Luhn(int[] d)
    {
        var sum = 0;
        for (var i = 0; i < d.Length; i++)
        {
            var x = d[i] * (i % 2 == 0 ? 2 : 1);
            sum += x > 9 ? x - 9 : x;
        }
        return sum % 10 == 0;
    }

    private static bool PlausibleDate(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;

    private static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static int[] Digits(string digits) => digits.Select(c => c - '0').ToArray();
}
