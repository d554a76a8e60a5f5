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

    public CitationMatcher(IEnumerable<ICitable> citables)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citable in citables)
        {
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

    public readonly record struct Match(int Index, int Length, ICitable Citable);

    public IEnumerable<Match> Matches(string text)
    {
        if (_pattern is null) yield break;
        foreach (System.Text.RegularExpressions.Match m in _pattern.Matches(text))
        {
            var yearGroup = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["pyear"];
            if (_byNameAndYear.TryGetValue((m.Groups["name"].Value, NormaliseYear(yearGroup.Value)), out var citable))
                yield return new Match(m.Index, m.Length, citable);
        }
    }

    private static string NormaliseYear(string year) => year.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
