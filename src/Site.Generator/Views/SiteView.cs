using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Views;

/// <summary>The study as templates see it (<c>site.…</c>): the model's parts in reading order, and the site's addresses.</summary>
public sealed class SiteView(StudyModel model, UrlScheme urls, string baseUrl, Localization.Locale locale, string? devScript = null) : IStableKey
{
    string IStableKey.StableKey => "Site";

    public Study Study => model.Study;
    public string Title => model.Study.Title;
    public string Lang => model.Study.Language;
    public string UiLang => locale.Language;
    public string BaseUrl => baseUrl;
    public IReadOnlyDictionary<string, string> T => locale.Strings;
    /// <summary>The live-reload script of the preview server; null in a real build.</summary>
    public string? DevScript => devScript;

    public string AuthorNames => string.Join(", ", model.Study.Authors.Select(a => a.FullName));
    public IEnumerable<ResearchQuestion> Questions => model.Study.ResearchQuestions.OrderBy(q => q.Number);
    public List<Case> Cases => model.Cases;
    public ComparisonTable? Comparison => model.Comparison;
    public CaseTerm CaseTerm => model.Study.CaseTerm;
    /// <summary>The explorer's URL parameter for cases, e.g. ?school=ashford.</summary>
    public string CaseParam => Slug.From(model.Study.CaseTerm.Singular);
    /// <summary>The explorer's URL parameter for research questions, e.g. ?sporsmal=1.</summary>
    public string QuestionParam => urls.Words["explorer_param_question"];
    /// <summary>In-page anchors that are published (#quotes, #notes): the URL words that start with anchor_, without it.</summary>
    public IReadOnlyDictionary<string, string> Anchors => _anchors ??= urls.Words.All.Where(w => w.Key.StartsWith("anchor_", StringComparison.Ordinal))
        .ToDictionary(w => w.Key["anchor_".Length..], w => w.Value, StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? _anchors;
    /// <summary>The heading of quotes that belong to no case: "No school".</summary>
    public string NoCaseLabel => locale.Format("no_case", ("case", model.Study.CaseTerm.Singular));
    /// <summary>What the matrix's rows are: the codes that have no codes under them, named by their level(s).</summary>
    public string MatrixCodesLabel => locale.JoinList(LeafLevels.Select(l => l.Plural).ToList());
    public string MatrixCodeHeading => locale.Capitalised(locale.JoinList(LeafLevels.Select(l => l.Singular).ToList()));
    private IEnumerable<CodingLevel> LeafLevels => model.Codes.Where(c => c.IsLeaf && c.Level is not null).Select(c => c.Level).Distinct().OrderBy(l => l.Depth);
    public CodingFile Coding => model.Coding;
    public List<CodingLevel> Levels => model.Levels;
    /// <summary>Every code, each before the codes under it.</summary>
    public List<Code> Codes => _codes ??= model.Codes.Where(c => c.Level is not null).ToList();
    private List<Code>? _codes;
    public List<Quote> Quotes => model.Quotes;
    public List<Finding> Findings => model.Findings;
    /// <summary>Findings that answer the research problem as a whole, not one question.</summary>
    public List<Finding> GeneralFindings => model.Findings.Where(f => f.Question is null).ToList();
    public IEnumerable<Concept> Concepts => model.Concepts.OrderBy(c => c.Name, locale.Collation);
    public IEnumerable<Work> Works => model.Works.OrderBy(w => w.CiteAs, locale.Collation).ThenBy(w => w.Year, StringComparer.Ordinal);
    public List<Document> Documents => model.Documents;
    public List<Figure> Figures => model.Figures;
    public IEnumerable<Informant> Pseudonyms => model.Informants.Where(i => i.IsPseudonym);
    public IEnumerable<Informant> AnonymousSpeakers => model.Informants.Where(i => !i.IsPseudonym);
    public IEnumerable<Chapter> FrontMatter => model.Chapters.Where(c => c.Kind == ChapterKind.Front);
    public IEnumerable<Chapter> Chapters => model.Chapters.Where(c => c.Kind == ChapterKind.Chapter);
    public IEnumerable<Chapter> Appendices => model.Chapters.Where(c => c.Kind == ChapterKind.Appendix);
    public bool HasSourceText => model.SourceText is not null;

    /// <summary>Editorial notes from every part of the study, for the about page.</summary>
    public IEnumerable<EditorialNote> EditorialNotes =>
        model.Quotes.Where(q => q.Note is not null).Select(q => new EditorialNote(locale.Format("note_on_quote", ("subject", Shorten(q.Text))), q.Url, q.Note!))
        .Concat(model.Findings.Where(f => f.Note is not null).Select(f => new EditorialNote(locale.Format("note_on_finding", ("subject", f.Title)), f.Url, f.Note!)))
        .Concat(model.Concepts.Where(c => c.Note is not null).Select(c => new EditorialNote(locale.Format("note_on_concept", ("subject", c.Name)), c.Url, c.Note!)))
        .Concat(model.Works.Where(w => w.Note is not null).Select(w => new EditorialNote(locale.Format("note_on_work", ("subject", w.Label)), w.Url, w.Note!)))
        .Concat(model.Documents.Where(d => d.Note is not null).Select(d => new EditorialNote(locale.Format("note_on_document", ("subject", d.Label)), d.Url, d.Note!)))
        .Concat(model.Figures.Where(f => f.Note is not null).Select(f => new EditorialNote(f.Label, urls.Coding, f.Note!)))
        .Concat(model.Chapters.SelectMany(c => c.Notes).Where(n => n.SectionRef is not null).Select(n => new EditorialNote(n.SectionRef!.Label, n.SectionRef.Url, n.Text)));

    public Nav Nav { get; } = new(urls);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60].TrimEnd() + "…";
}

public sealed record EditorialNote(string Subject, string Url, string Text);

/// <summary>The site's fixed addresses, for menus and links in templates (<c>site.nav.…</c>).</summary>
public sealed class Nav(UrlScheme urls)
{
    public string Home => UrlScheme.Home;
    public string Chapters => urls.Chapters;
    public string Quotes => urls.Quotes;
    public string Findings => urls.Findings;
    public string Cases => urls.Cases;
    public string Comparison => urls.Comparison;
    public string Informants => urls.Informants;
    public string Coding => urls.Coding;
    public string Matrix => urls.Matrix;
    public string Concepts => urls.Concepts;
    public string Works => urls.Works;
    public string Documents => urls.Documents;
    public string Explorer => urls.Explorer;
    public string About => urls.About;
    public string SourceText => urls.SourceText;
}
