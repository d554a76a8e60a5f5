using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Content;

/// <summary>A word of the source: its letters and digits (hyphens dropped), its line, and where it stands in the folded text.</summary>
public sealed record Word(string Value, int Line, int Start, int End);

/// <summary>Splits text into words as both sides of the lost-text check see them: letters and digits, case kept, punctuation ignored.</summary>
public static partial class Words
{
    public static IEnumerable<(string Value, int Index, int Length)> In(string text) =>
        WordPattern().Matches(text).Select(m => (Value: m.Value.Replace("-", "").Replace("\u00AD", ""), m.Index, m.Length));

    // A hyphen inside a word joins it: «FoU-arbeid» and «kommun-iseres» (split at a line end) are one word each.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-\u00AD][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

/// <summary>Every run of up to <c>maxLength</c> consecutive words of the site's pages, for lookup.</summary>
public sealed class SiteWords
{
    private readonly HashSet<string> _runs = new(StringComparer.Ordinal);
    public int MaxLength { get; }

    public SiteWords(IEnumerable<string> texts, int maxLength)
    {
        MaxLength = maxLength;
        foreach (var text in texts)
        {
            var words = Words.In(text).Select(w => w.Value).ToArray();
            for (var i = 0; i < words.Length; i++)
                for (var n = 1; n <= maxLength && i + n <= words.Length; n++)
                    _runs.Add(string.Join(' ', words, i, n));
        }
    }

    public bool Contains(IEnumerable<string> words) => _runs.Contains(string.Join(' ', words));
}

/// <summary>The source as words: folded like <see cref="ThesisSource"/>, split into blocks at the given lines (headings).</summary>
public sealed class SourceWords
{
    /// <summary>The text with lines joined and white space folded (hyphens kept, so that exclusions can be found in it).</summary>
    public string Folded { get; }
    public IReadOnlyList<Word> All { get; }
    private readonly int[] _block;

    public SourceWords(IReadOnlyList<(int Number, string Text)> lines, ISet<int> boundaries)
    {
        var blockOfLine = new Dictionary<int, int>();
        var block = 0;
        foreach (var (number, _) in lines)
        {
            if (boundaries.Contains(number)) block++;
            blockOfLine[number] = block;
            if (boundaries.Contains(number)) block++;
        }
        // Join as the quotes are compared (ThesisSource.Join), then fold white space, keeping each character's line.
        var (joined, lineOfJoined) = ThesisSource.JoinWithLines(lines);
        var text = new StringBuilder();
        var lineOf = new List<int>();
        for (var i = 0; i < joined.Length; i++)
        {
            var c = joined[i];
            if (char.IsWhiteSpace(c) && (text.Length == 0 || text[^1] == ' ')) continue;
            text.Append(char.IsWhiteSpace(c) ? ' ' : c);
            lineOf.Add(lineOfJoined[i]);
        }
        Folded = text.ToString();
        All = Words.In(Folded).Select(w => new Word(w.Value, lineOf[w.Index], w.Index, w.Index + w.Length)).ToList();
        _block = All.Select(w => blockOfLine[w.Line]).ToArray();
    }

    /// <summary>Runs of consecutive words (indexes into <see cref="All"/>) broken at blocks and at excluded words, which are left out.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Sequences(ISet<int> excluded)
    {
        var sequences = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        for (var i = 0; i < All.Count; i++)
        {
            if (excluded.Contains(i) || (current.Count > 0 && _block[current[^1]] != _block[i]))
            {
                if (current.Count > 0) sequences.Add(current);
                current = new List<int>();
            }
            if (!excluded.Contains(i)) current.Add(i);
        }
        if (current.Count > 0) sequences.Add(current);
        return sequences;
    }

    /// <summary>The words that overlap the characters [start, end) of <see cref="Folded"/>.</summary>
    public IEnumerable<int> WordsIn(int start, int end) =>
        Enumerable.Range(0, All.Count).Where(i => All[i].Start < end && All[i].End > start);
}

/// <summary>A stretch of source words the site does not show.</summary>
public sealed record LostRun(int Line, string Before, string Lost, string After)
{
    public override string ToString() => $"line {Line}: …{Before} [{Lost}] {After}…";
}

/// <summary>
/// The check itself: a source word is on the site when some run of N consecutive source words containing it
/// (within its block) stands on the site word for word. A block shorter than N must stand there as a whole.
/// </summary>
public static class LostText
{
    public static (IReadOnlyList<LostRun> Runs, ISet<int> Uncovered) Find(IReadOnlyList<Word> all, IReadOnlyList<IReadOnlyList<int>> sequences, SiteWords site)
    {
        var n = site.MaxLength;
        var uncovered = new SortedSet<int>();
        foreach (var sequence in sequences)
        {
            var covered = new bool[sequence.Count];
            var window = Math.Min(n, sequence.Count);
            for (var i = 0; i + window <= sequence.Count; i++)
                if (site.Contains(sequence.Skip(i).Take(window).Select(w => all[w].Value)))
                    Array.Fill(covered, true, i, window);
            for (var i = 0; i < sequence.Count; i++)
                if (!covered[i]) uncovered.Add(sequence[i]);
        }
        return (Runs(all, uncovered), uncovered);
    }

    private static List<LostRun> Runs(IReadOnlyList<Word> all, SortedSet<int> uncovered)
    {
        var runs = new List<LostRun>();
        var list = uncovered.ToList();
        for (var i = 0; i < list.Count;)
        {
            var j = i;
            while (j + 1 < list.Count && list[j + 1] == list[j] + 1) j++;
            string Join(int from, int to) => string.Join(' ', all.Skip(Math.Max(0, from)).Take(Math.Max(0, Math.Min(to, all.Count) - Math.Max(0, from))).Select(w => w.Value));
            runs.Add(new LostRun(all[list[i]].Line, Join(list[i] - 4, list[i]), Join(list[i], list[j] + 1), Join(list[j] + 1, list[j] + 5)));
            i = j + 1;
        }
        return runs;
    }
}
