namespace Site.Synthetic;

/// <summary>
/// How big each part of a synthetic study is for a number of quotes. At the thesis's size (about 120 quotes) it
/// has the thesis's shape: two municipalities, three research questions and dimensions, about ten themes; larger
/// studies grow in breadth (more cases, themes, chapters, speakers) as well as in depth.
/// </summary>
public sealed record StudyShape(int Quotes, int Cases, int Questions, int Dimensions, int Themes, int Pseudonyms, int Works, int Concepts, int Findings)
{
    public const int QuotesPerFile = 500;
    public const int FindingsPerFile = 500;

    public static StudyShape For(int quotes)
    {
        if (quotes < 1) throw new ArgumentOutOfRangeException(nameof(quotes), "a study needs at least one quote");
        var questions = Math.Clamp(3 + quotes / 4000, 3, 6);
        // Every dimension and theme gets at least one quote, so a tiny study has fewer of them.
        var dimensions = Math.Min(quotes, Math.Clamp((quotes + 799) / 800, questions, 16));
        var themes = Math.Min(quotes, Math.Clamp((int)Math.Round(0.8 * Math.Sqrt(quotes)), dimensions, 100));
        var cases = Math.Clamp(2 + quotes / 800, 2, 16);
        return new StudyShape(
            Quotes: quotes,
            Cases: cases,
            Questions: questions,
            Dimensions: dimensions,
            Themes: themes,
            Pseudonyms: Math.Clamp(5 * cases, 10, 160),
            Works: Math.Clamp(30 + quotes / 50, 30, 300),
            Concepts: Math.Clamp(10 + quotes / 100, 10, 150),
            Findings: Math.Max(1, (int)Math.Round(quotes / 3.0)));
    }
}
