using CsCheck;
using Site.Generator.Validation;

namespace Site.Tests.Safety;

/// <summary>
/// The privacy gate runs its patterns only where numbers and e-mail addresses can stand
/// (<see cref="ContactPatterns.NumberWindows"/>, <see cref="ContactPatterns.EmailWindows"/>), not over every
/// character of every page. For any text, and every country's patterns, that must find exactly
/// what the patterns find over the whole text: the same details at the same places, and nothing more.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ContactWindowPropertyTests
{
    // Digits, the separators and neighbours the patterns read, letters that start or end identity numbers, other
    // scripts' digits, whitespace of every kind, and whole numbers that some pattern reports.
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "4", "7", "9", "12", "345", "6789", "٣", " ", "  ", "\t", "\n", "\r\n", "\n      ", "-", ".", ",",
        "(", ")", ")-(", ") (", ".(", "+", "+4", "%", "#", "_", "@", "/", "x", "com", ".no", "A", "B", "C", "T", "W", "æ", "<a href=\"", "\">",
        "+47 41 90 18 51", "12 34 56 78", "41901851", "AB 12 34 56 C", "1234567TW", "123-45-6789", "(555) 234-5678",
        "070-123 45 67", "07700 900123", "+44 (0)20 7946 0958", "32136512345", "811328-9874", "0707614286", "a@b.no", "ola.n@x.com", "@book{", "@",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[0, 120].Select(picks => string.Concat(picks.Select(p => Pieces[p])));

    [Fact]
    public void The_windows_find_what_the_whole_text_holds()
    {
        var every = new ContactPatterns([], []); // no countries named: every country's patterns
        Text.Sample(text =>
        {
            var windowed = every.Find(text);
            var whole = every.FindInWholeText(text);
            Assert.Equal(whole, windowed);
        }, iter: 5_000);
    }

    [Fact]
    public void The_windows_cover_every_number_and_leave_out_text_without_one()
    {
        var page = "<p>Ingen tall her.</p>" + new string(' ', 50) + "<p>Ring 41 90 18 51 i dag, eller 2022.</p>";
        var windows = ContactPatterns.NumberWindows(page);
        var (start, end) = Assert.Single(windows); // «2022» has too few digits to be a number of any pattern
        Assert.Contains("41 90 18 51", page[start..end], StringComparison.Ordinal);
        Assert.True(end - start < 30, $"window of {end - start} characters");
        Assert.Single(new ContactPatterns(["no"], []).Find(page));
    }
}
