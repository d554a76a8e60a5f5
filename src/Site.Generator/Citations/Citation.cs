using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// One citation model, from which every format is written (APA 7, Chicago author-date, BibTeX, RIS, CSL-JSON),
/// so that the formats can never disagree. A page of the site is cited as the study, at that page's URL.
/// </summary>
public sealed record Citation(
    string Key,
    IReadOnlyList<Person> Authors,
    int Year,
    string Title,
    string Genre,
    string Institution,
    string Url,
    string Language,
    string? Note)
{
    public static Citation ForPage(Study study, string key, string url, string? note) =>
        new(key, study.Authors, study.Year, study.Title, study.Degree, study.Institution, url, study.Language, note);

    /// <summary>A BibTeX/CSL key: first author's family name, year and the page's id.</summary>
    public static string KeyFor(Study study, string suffix)
    {
        var family = study.Authors.FirstOrDefault()?.Family ?? "study";
        return Urls.Slug.From(family).Replace("-", "", StringComparison.Ordinal) + study.Year + (suffix.Length > 0 ? "-" + suffix : "");
    }
}
