using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Citations;

/// <summary>
/// One citation model, from which every format is written (the CSL styles through citeproc-js, BibTeX, RIS, CSL-JSON,
/// the head metadata), so that the formats can never disagree. A page of the site is cited as the study, at that
/// page's URL; <see cref="Note"/> says which quote a quote page's citation is for.
/// </summary>
public sealed record Citation(
    string Key,
    IReadOnlyList<Person> Authors,
    int Year,
    string Title,
    Publication Publication,
    string Url,
    string Language,
    string? Note)
{
    public PublicationKind Kind => PublicationKind.Of(Publication.Type);

    /// <summary>The kind of work in the study's words (a thesis's degree, e.g. "Master's thesis", or a report's genre).</summary>
    public string Genre => Publication.GenreText;

    /// <summary>The university, institution or publisher that issued the work, whichever the type has.</summary>
    public string Publisher => (Publication.IsThesis || Publication.Type is PublicationType.Report or PublicationType.WorkingPaper
        ? Publication.Institution : Publication.Publisher)?.Trim() ?? "";

    public static Citation ForPage(Study study, string key, string url, string? note) =>
        new(key, study.Authors, study.Year, TitleOf(study), study.Publication, url, study.Language, note);

    /// <summary>
    /// The title as cited, with the subtitle after a colon; a title that ends in its own question or exclamation
    /// mark takes no colon (APA 7 and Chicago both keep the mark instead).
    /// </summary>
    public static string TitleOf(Study study)
    {
        var title = study.Title.Trim();
        if (string.IsNullOrWhiteSpace(study.Subtitle)) return title;
        return title + (title.EndsWith('?') || title.EndsWith('!') ? " " : ": ") + study.Subtitle.Trim();
    }

    /// <summary>
    /// The BibTeX/CSL key: first author's family name, year and the page's id, e.g. <c>morgan2025-hannah-corridor</c>.
    /// Built only from the study and the page's permanent id, so a key never changes between builds and two pages
    /// never share one; only ASCII letters, digits and dashes, which every BibTeX and biber version accepts.
    /// </summary>
    public static string KeyFor(Study study, string pageId)
    {
        var family = Slug.From(study.Authors.FirstOrDefault()?.Family ?? "").Replace("-", "", StringComparison.Ordinal);
        var stem = (family.Length > 0 ? family : "study") + study.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var suffix = Slug.From(pageId);
        return suffix.Length > 0 ? stem + "-" + suffix : stem;
    }
}
