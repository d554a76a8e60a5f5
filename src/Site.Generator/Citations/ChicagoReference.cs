using System.Globalization;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// Chicago author-date reference list entry (17th ed.), in Norwegian: «og» between the last two
/// authors, «» around the title, the period after the closing mark unless the title ends in its own punctuation.
/// </summary>
public static class ChicagoReference
{
    public static string Text(Citation c)
    {
        var year = c.Year.ToString(CultureInfo.InvariantCulture);
        var title = c.Title.EndsWith('?') || c.Title.EndsWith('!') || c.Title.EndsWith('.') ? $"«{c.Title}»" : $"«{c.Title}».";
        var authors = Authors(c.Authors);
        return authors.Length == 0
            ? $"{title} {year}. {c.Genre}, {c.Institution}. {c.Url}."
            : $"{authors}. {year}. {title} {c.Genre}, {c.Institution}. {c.Url}.";
    }

    /// <summary>First author inverted, the rest in normal order; more than ten authors: the first seven and «et al.».</summary>
    private static string Authors(IReadOnlyList<Person> authors)
    {
        var names = authors.Select((a, i) => i == 0 ? Inverted(a) : Normal(a)).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            > 10 => string.Join(", ", names.Take(7)) + " et al",
            _ => string.Join(", ", names.Take(names.Count - 1)) + " og " + names[^1],
        };
    }

    private static string Inverted(Person a) => a.Given.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Given.Trim()}";

    private static string Normal(Person a) => $"{a.Given.Trim()} {a.Family.Trim()}".Trim();
}
