using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Content;

/// <summary>
/// The source text (input/source/thesis.txt) read the way a careful reader of the PDF would: lone page numbers
/// dropped, words split at a line end joined, white space folded. Everything the content tests compare with
/// comes from here, read at test time, so no expected number is written into a test.
/// </summary>
public sealed partial class ThesisSource
{
    public static ThesisSource Instance { get; } = new(File.ReadAllText(Repository.SourceText));

    /// <summary>The lines of the text without page numbers, each with its 1-based line number in the file.</summary>
    public IReadOnlyList<(int Number, string Text)> Lines { get; }

    /// <summary>The numbered section headings of chapters 1–6, in order.</summary>
    public IReadOnlyList<SourceHeading> Headings { get; }

    public ThesisSource(string text)
    {
        Lines = text.Replace("\r\n", "\n").Split('\n')
            .Select((line, index) => (Number: index + 1, Text: line))
            .Where(line => !IsPageNumber(line.Text))
            .ToList();
        Headings = FindHeadings(Lines);
    }

    /// <summary>The whole text, folded.</summary>
    public string Folded => _folded ??= Fold(Join(Lines));
    private string? _folded;

    /// <summary>The folded text from the heading of a section to the next numbered heading.</summary>
    public string Section(string number)
    {
        var index = Headings.ToList().FindIndex(h => h.Number == number);
        if (index < 0) throw new ArgumentException($"the source has no section {number}");
        var start = Headings[index].Line;
        var end = index + 1 < Headings.Count ? Headings[index + 1].Line : AppendixStart;
        return Fold(Join(Lines.Where(l => l.Number >= start && l.Number < end)));
    }

    /// <summary>
    /// The lines of the table with the given number: from its caption («Tabell 5: …») to the next section heading.
    /// </summary>
    public IReadOnlyList<(int Number, string Text)> Table(int number)
    {
        var caption = Lines.FirstOrDefault(l => l.Text.TrimStart().StartsWith($"Tabell {number}:", StringComparison.Ordinal));
        if (caption.Text is null) throw new ArgumentException($"the source has no caption «Tabell {number}:»");
        var end = Headings.Select(h => h.Line).Where(line => line > caption.Number).DefaultIfEmpty(AppendixStart).Min();
        return Lines.Where(l => l.Number >= caption.Number && l.Number < end).ToList();
    }

    /// <summary>The line where the appendices begin: the first line after chapter 6 that is not a numbered heading's body.</summary>
    public int AppendixStart => _appendixStart ??= Lines.First(l => AppendixHeading().IsMatch(l.Text)).Number;
    private int? _appendixStart;

    /// <summary>
    /// Joins lines as the PDF broke them: a line ending in a hyphen joins the next line that has text (the
    /// extraction puts blank lines between lines) without a space.
    /// </summary>
    public static string Join(IEnumerable<(int Number, string Text)> lines) => JoinWithLines(lines).Text;

    /// <summary><see cref="Join"/>, with the line number of each character of the result.</summary>
    public static (string Text, IReadOnlyList<int> LineOf) JoinWithLines(IEnumerable<(int Number, string Text)> lines)
    {
        var builder = new StringBuilder();
        var lineOf = new List<int>();
        var hyphen = false;
        foreach (var (number, text) in lines)
        {
            if (hyphen && string.IsNullOrWhiteSpace(text)) continue;
            var part = hyphen ? text.TrimStart() : text;
            hyphen = part.EndsWith('-');
            if (!hyphen) part += "\n";
            builder.Append(part);
            lineOf.AddRange(Enumerable.Repeat(number, part.Length));
        }
        return (builder.ToString(), lineOf);
    }

    /// <summary>
    /// Folds what the PDF extraction changed: runs of white space become one space, and a hyphen between two
    /// letters or digits goes (a word split at a line end, «kommun-iseres», and a written hyphen, «FoU-arbeid»,
    /// cannot be told apart, so both sides lose it).
    /// </summary>
    public static string Fold(string text) => InnerHyphen().Replace(Space().Replace(text, " "), "").Trim();

    public static bool IsAppendixHeading(string line) => AppendixHeading().IsMatch(line);

    public static bool IsPageNumber(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 3 && trimmed.All(char.IsAsciiDigit);
    }

    private IReadOnlyList<SourceHeading> FindHeadings(IReadOnlyList<(int Number, string Text)> lines)
    {
        var headings = new List<SourceHeading>();
        var appendix = lines.FirstOrDefault(l => AppendixHeading().IsMatch(l.Text)).Number;
        foreach (var (number, text) in lines)
        {
            if (appendix > 0 && number >= appendix) break;
            var match = NumberedHeading().Match(text);
            if (match.Success) headings.Add(new SourceHeading(match.Groups["number"].Value, match.Groups["title"].Value.Trim(), number));
        }
        return headings;
    }

    // A section heading: a number of chapter 1–6 (4, 4.2, 4.2.1, 3.4.1.1), a space and a capital letter.
    // Table rows such as «1 545 3 934» start with a digit after the number; «3. ordens kode» has a dot after it.
    [GeneratedRegex(@"^\s*(?<number>[1-6](?:\.\d+)*)\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex NumberedHeading();

    // The appendices start with «Vedlegg 1 – Intervjuguide»; their numbered lines are interview questions.
    [GeneratedRegex(@"^\s*Vedlegg \d+ [–-] \S")]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])[-\u00AD](?=[\p{L}\p{N}])")]
    private static partial Regex InnerHyphen();
}

/// <summary>A numbered heading of the source: «4.2.1 Entreprenørielle medarbeidere» on line 2682.</summary>
public sealed record SourceHeading(string Number, string Title, int Line)
{
    public int Chapter => int.Parse(Number.Split('.')[0]);
    public int Depth => Number.Split('.').Length;
    /// <summary>The anchor the site gives a numbered section: 4.2.1 → 4-2-1.</summary>
    public string Anchor => Number.Replace('.', '-');
}
