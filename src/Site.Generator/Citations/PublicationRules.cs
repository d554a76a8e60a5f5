using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// The fields each publication type needs, checked where study.yml writes the publication block: a thesis names its
/// degree, programme and university; a report its institution; an article its journal; a chapter its book; a book
/// and a dataset their publisher. A thesis field on another type is reported too, since no format would carry it.
/// </summary>
public static class PublicationRules
{
    public static void Check(Study study, DiagnosticBag diagnostics)
    {
        var p = study.Publication;
        var type = Naming(p.Type);
        foreach (var (key, value) in Required(p))
            if (string.IsNullOrWhiteSpace(value))
                diagnostics.Error(p.LocationOf("type"), "CT010", $"a publication of type '{type}' needs '{key}'", $"add '{key}:' to the publication block of study.yml");
        if (!p.IsThesis)
            foreach (var (key, value) in new[] { ("degree", p.Degree), ("programme", p.Programme) })
                if (!string.IsNullOrWhiteSpace(value))
                    diagnostics.Error(p.LocationOf(key), "CT011", $"'{key}' is a thesis field; a publication of type '{type}' has none",
                        key == "degree" ? "write the kind of work as 'genre:', e.g. genre: Research report" : "remove it, or make the type masters-thesis or phd-thesis");
    }

    private static IEnumerable<(string Key, string? Value)> Required(Publication p) => p.Type switch
    {
        PublicationType.MastersThesis or PublicationType.PhdThesis => [("degree", p.Degree), ("programme", p.Programme), ("institution", p.Institution)],
        PublicationType.Report or PublicationType.WorkingPaper => [("institution", p.Institution)],
        PublicationType.ArticleJournal => [("journal", p.Journal)],
        PublicationType.Chapter => [("book_title", p.BookTitle), ("publisher", p.Publisher)],
        PublicationType.Book or PublicationType.Dataset => [("publisher", p.Publisher)],
        _ => [],
    };

    public static string Naming(PublicationType type) => Loading.Naming.ToKebabCase(type.ToString());
}
