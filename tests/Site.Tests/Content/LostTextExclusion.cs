using System.Text.RegularExpressions;

namespace Site.Tests.Content;

/// <summary>
/// An entry of lost-text-exclusions.txt: an excerpt of the source with the words the site may lack in
/// [brackets] (one or more pairs), and the reason (the # comment above it). The words outside the brackets pin
/// the entry to its place and are still checked.
/// </summary>
public sealed partial record LostTextExclusion(int FileLine, string Reason, string Entry, IReadOnlyList<(string Text, bool Excluded)> Parts)
{
    public string Excerpt => string.Concat(Parts.Select(p => p.Text));

    public override string ToString() => $"lost-text-exclusions.txt:{FileLine}: {Entry}";

    public static string FilePath => Path.Combine(Repository.Root, "tests", "Site.Tests", "Content", "lost-text-exclusions.txt");

    /// <summary>Reads the file; an entry without a reason or without well-formed [..] is an error.</summary>
    public static IReadOnlyList<LostTextExclusion> Parse(string text)
    {
        var entries = new List<LostTextExclusion>();
        var reason = new List<string>();
        var previousWasEntry = false;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) { reason.Clear(); previousWasEntry = false; continue; }
            if (line.StartsWith('#'))
            {
                // A comment after an entry starts the next reason; comment lines in a row make one reason.
                if (previousWasEntry) reason.Clear();
                reason.Add(line.TrimStart('#').Trim());
                previousWasEntry = false;
                continue;
            }
            if (reason.Count == 0) throw new FormatException($"lost-text-exclusions.txt:{i + 1}: an entry needs a # comment above it saying why");
            var folded = Space().Replace(line, " ");
            var parts = Split(folded) ?? throw new FormatException($"lost-text-exclusions.txt:{i + 1}: mark the excluded words with [brackets], not nested");
            entries.Add(new LostTextExclusion(i + 1, string.Join(' ', reason), folded, parts));
            previousWasEntry = true;
        }
        return entries;
    }

    private static List<(string, bool)>? Split(string entry)
    {
        var parts = new List<(string, bool)>();
        var position = 0;
        while (position < entry.Length)
        {
            var open = entry.IndexOf('[', position);
            var closeBefore = entry.IndexOf(']', position);
            if (open < 0)
            {
                if (closeBefore >= 0) return null;
                parts.Add((entry[position..], false));
                break;
            }
            var close = entry.IndexOf(']', open);
            if (close < 0 || (closeBefore >= 0 && closeBefore < open) || entry.IndexOf('[', open + 1) is var next && next >= 0 && next < close) return null;
            parts.Add((entry[position..open], false));
            parts.Add((entry[(open + 1)..close], true));
            position = close + 1;
        }
        return parts.Any(p => p.Item2) ? parts : null;
    }

    /// <summary>The words of the source this entry excludes, at every place its excerpt stands.</summary>
    public IReadOnlyList<int> WordsIn(SourceWords source)
    {
        var words = new List<int>();
        var excerpt = Excerpt;
        for (var at = source.Folded.IndexOf(excerpt, StringComparison.Ordinal); at >= 0; at = source.Folded.IndexOf(excerpt, at + 1, StringComparison.Ordinal))
        {
            var start = at;
            foreach (var (part, excluded) in Parts)
            {
                if (excluded) words.AddRange(source.WordsIn(start, start + part.Length));
                start += part.Length;
            }
        }
        return words;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
