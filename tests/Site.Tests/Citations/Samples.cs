using Site.Generator.Citations;
using Site.Generator.Model;

namespace Site.Tests.Citations;

/// <summary>Citations and studies of every publication type, for the tests that compare formats and renderings.</summary>
public static class Samples
{
    public static Publication Thesis(string degree = "Masteroppgave", string institution = "Nord universitet") =>
        new() { Type = PublicationType.MastersThesis, Degree = degree, Programme = "MBA i strategi og ledelse", Institution = institution };

    public static Citation Citation(string key, IReadOnlyList<Person> authors, int year, string title, string url, string? note, Publication? publication = null, string language = "nb") =>
        new(key, authors, year, title, publication ?? Thesis(), url, language, note);

    /// <summary>One publication block per type, with the fields each type has.</summary>
    public static IReadOnlyList<Publication> EveryType =>
    [
        Thesis(),
        new() { Type = PublicationType.PhdThesis, Degree = "PhD thesis", Programme = "Education", Institution = "University of Oslo" },
        new() { Type = PublicationType.Report, Genre = "Research report", Institution = "Nordic Institute for Studies in Innovation", Number = "2024:3", Place = "Oslo" },
        new() { Type = PublicationType.ArticleJournal, Journal = "Qualitative Research in Education", Volume = "12", Issue = "2", Pages = "101-118", Doi = "10.1234/qre.2024.12" },
        new() { Type = PublicationType.Book, Publisher = "Universitetsforlaget", Place = "Oslo", Isbn = "978-82-15-00000-0" },
        new() { Type = PublicationType.Chapter, BookTitle = "Learning in Schools", Publisher = "Routledge", Pages = "45-67", Editors = [P("Hansen", "Kari")] },
        new() { Type = PublicationType.WorkingPaper, Genre = "Working paper", Institution = "Nord universitet", Number = "7" },
        new() { Type = PublicationType.Dataset, Publisher = "Zenodo", Version = "1.0", Doi = "10.5281/zenodo.1234" },
    ];

    public static Study Study(Publication publication, string language = "nb") => new()
    {
        Title = "How do schools learn from each other?",
        Year = 2024,
        Language = language,
        Authors = [P("Nordmann", "Kari"), P("Hansen", "Ola")],
        Publication = publication,
    };

    public static Person P(string family, string given) => new() { Family = family, Given = given };
}
