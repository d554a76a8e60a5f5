using System.Text.RegularExpressions;
using Site.Generator.Model;

namespace Site.Generator.Markdown;

/// <summary>
/// Finds in-text citations such as "(Rogers, 2016)", "Jacobsen (2016)" or "Meld. St. 30 (2019-2020)" by the
/// author forms the study declares in works.yml and documents.yml. Tolerant of the small slips a PDF text has
/// ("Teece et al.,1997", "Damanpour & Schneider 2009", "2019- 2020"): the text is never corrected, only linked.
/// </summary>
public sealed class CitationMatcher
{
    private readonly Regex? _pattern;
    private readonly Dictionary<(string Name, string Year), ICitable> _byNameAndYear = new();
    private readonly Dictionary<string, Work> _byKey = new(StringComparer.Ordinal);

    public CitationMatcher(IEnumerable<ICitable> citables)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citable in citables)
        {
            // An entry of the study's bibliography is cited by its key too: [@braun2006].
            if (citable is Work { CitationKey: { } key } work) _byKey.TryAdd(key, work);
            foreach (var name in citable.Aliases.Prepend(citable.CiteAs))
            {
                if (string.IsNullOrWhiteSpace(name)) continue;
                names.Add(name);
                _byNameAndYear.TryAdd((name, NormaliseYear(citable.Year)), citable);
            }
        }
        if (names.Count == 0) return;
        // Longest names first, so "Aasen & Amundsen" wins over a work by "Amundsen" alone.
        var alternatives = string.Join("|", names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
        const string year = @"\d{4}(?:\s?-\s?\d{4})?[A-Za-z]?";
        _pattern = Parsed.GetOrAdd(
            $@"(?<![\p{{L}}\p{{N}}])(?<name>{alternatives})(?:(?:,|;)?\s*(?<year>{year})|\s*\((?<pyear>{year})\))(?![\p{{L}}\p{{N}}])",
            pattern => new Regex(pattern, RegexOptions.CultureInvariant));
    }

    // Interpreted, not RegexOptions.Compiled: compiling the pattern (one alternative per author form) to code
    // took longer than the interpreter needs for every chapter. The thesis: 45 ms compiled, 5.5 ms interpreted;
    // 1.8 MB of chapters citing 258 works: 150 ms against 75 ms (tests/benchmark studies). The preview rebuilds
    // with the same works over and over, so each pattern is parsed once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Parsed = new(StringComparer.Ordinal);

    /// <param name="Display">The text the link shows instead of the matched one: a [@key] citation's in-text form.</param>
    public readonly record struct Match(int Index, int Length, ICitable Citable, string? Display = null);

    public IEnumerable<Match> Matches(string text)
    {
        var keyed = new List<Match>();
        if (_byKey.Count > 0 && text.Contains("[@", StringComparison.Ordinal))
            foreach (System.Text.RegularExpressions.Match m in Citations.Bibliography.KeyCitation().Matches(text))
                if (_byKey.TryGetValue(m.Groups["key"].Value, out var work))
                    keyed.Add(new Match(m.Index, m.Length, work, work.InText ?? work.Label));
        if (_pattern is null)
        {
            foreach (var match in keyed) yield return match;
            yield break;
        }
        var next = 0;
        foreach (System.Text.RegularExpressions.Match m in _pattern.Matches(text))
        {
            var yearGroup = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["pyear"];
            if (!_byNameAndYear.TryGetValue((m.Groups["name"].Value, NormaliseYear(yearGroup.Value)), out var citable)) continue;
            while (next < keyed.Count && keyed[next].Index < m.Index) yield return keyed[next++];
            if (keyed.Any(k => k.Index < m.Index + m.Length && m.Index < k.Index + k.Length)) continue;
            yield return new Match(m.Index, m.Length, citable);
        }
        while (next < keyed.Count) yield return keyed[next++];
    }

    private static string NormaliseYear(string year) => year.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
