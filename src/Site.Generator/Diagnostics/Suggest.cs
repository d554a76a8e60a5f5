namespace Site.Generator.Diagnostics;

/// <summary>"Did you mean …?" hints: the closest known name by edit distance.</summary>
public static class Suggest
{
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Only suggest what is plausibly a typo, or a name that contains the wrong one.
        if (best is null) return null;
        var limit = Math.Max(2, wrong.Length / 3);
        return bestDistance <= limit || best.Contains(wrong, StringComparison.Ordinal) ? best : null;
    }

    public static string? DidYouMean(string wrong, IEnumerable<string> known) =>
        Closest(wrong, known) is { } match ? $"did you mean '{match}'?" : null;

    private static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
