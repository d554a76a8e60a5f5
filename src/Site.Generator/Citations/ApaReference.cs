using System.Globalization;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Citations;

/// <summary>
/// APA 7 reference for a thesis made available online (APA 7, 10.6): <c>Author, A. A. (Year). <i>Title</i>
/// [Genre, Institution]. URL</c>. The genre is the study's own word (e.g. "Master's thesis"), as a thesis
/// names itself. Written to agree with citeproc's APA style, which the tests check with citation-js.
/// </summary>
public static class ApaReference
{
    public static string Text(Citation c) => Compose(c, c.Title, text => text);

    public static string Html(Citation c) => Compose(c, $"<i>{HtmlText.Escape(c.Title)}</i>", HtmlText.Escape);

    private static string Compose(Citation c, string title, Func<string, string> escape)
    {
        var year = c.Year.ToString(CultureInfo.InvariantCulture);
        var source = $"{title} {escape($"[{c.Genre}, {c.Institution}].")}";
        // Without authors the title moves into the author position (APA 7, 9.12).
        return c.Authors.Count == 0
            ? $"{source} {escape($"({year}). {c.Url}")}"
            : $"{escape($"{AuthorElement(c.Authors)} ({year}).")} {source} {escape(c.Url)}";
    }

    /// <summary>
    /// Up to 20 authors are all named, the last after «, &amp;»; from 21 on, the first 19, an ellipsis and the last
    /// (APA 7, 9.8). The element ends with a period, which initials already supply.
    /// </summary>
    public static string AuthorElement(IReadOnlyList<Person> authors)
    {
        var names = authors.Select(Name).ToList();
        var element = names.Count switch
        {
            0 => "",
            1 => names[0],
            <= 20 => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
            _ => string.Join(", ", names.Take(19)) + ", … " + names[^1],
        };
        return element.Length == 0 || element.EndsWith('.') ? element : element + ".";
    }

    private static string Name(Person person)
    {
        var initials = Initials(person.Given);
        return initials.Length == 0 ? person.Family.Trim() : $"{person.Family.Trim()}, {initials}";
    }

    /// <summary>«Ronny Andreas» → «R. A.», «Jean-Paul» → «J.-P.», «R.A.» → «R. A.».</summary>
    public static string Initials(string given) =>
        string.Join(" ", given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => string.Join("-", word.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => StringInfo.GetNextTextElement(part) + "."))));
}
