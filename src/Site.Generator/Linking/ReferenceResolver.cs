using Site.Generator.Diagnostics;
using Site.Generator.Markdown.References;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Linking;

/// <summary>
/// The links of the text (<c>[words](quote:id)</c>, <c>(section:4.2.1)</c>…) as the chapters render them: the address
/// and title of what each names, from the linked study; an unknown id is an error at the link.
/// </summary>
public sealed class ReferenceResolver(StudyLinker linker, StudyModel model, UrlScheme urls, Localization.Locale locale, DiagnosticBag diagnostics)
{
    /// <summary>The URL and title a <c>kind:id</c> link stands for, or null (with an error) for an unknown id.</summary>
    public (string Url, string Title)? Resolve(Reference reference)
    {
        var at = reference.Location;
        switch (reference.Kind)
        {
            case ReferenceKind.Quote: return linker.Quotes.Resolve(reference.Id, at) is { } q ? (urls.Quote(q.Id), locale.Format("quote_link_title", ("speaker", q.Speaker?.Name))) : null;
            case ReferenceKind.Finding: return linker.Findings.Resolve(reference.Id, at) is { } f ? (urls.Finding(f.Id), f.Title) : null;
            case ReferenceKind.Concept: return linker.Concepts.Resolve(reference.Id, at) is { } k ? (urls.Concept(k.Id), k.Name) : null;
            case ReferenceKind.Case: return linker.Cases.Resolve(reference.Id, at) is { } c ? (urls.Case(c.Id), c.Name) : null;
            case ReferenceKind.Informant: return linker.Informants.Resolve(reference.Id, at) is { IsPseudonym: true } i ? (urls.Informant(i.Id), i.Name) : null;
            case ReferenceKind.Code or ReferenceKind.Table: return linker.Codes.Resolve(reference.Id, at) is { Level: not null } code ? (urls.Code(code), code.Title) : null;
            case ReferenceKind.Work: return linker.Works.Resolve(reference.Id, at) is { } w ? (urls.Work(w.Id), w.Label) : null;
            case ReferenceKind.Document: return linker.Documents.Resolve(reference.Id, at) is { } doc ? (urls.Document(doc.Id), doc.Label) : null;
            case ReferenceKind.Figure:
                return linker.Figures.Resolve(reference.Id, at) is { } g ? (linker.FigureUrl(g), g.Label) : null;
            case ReferenceKind.Section:
                return linker.ResolveSection(reference.Id, at) is { } s ? (s.IsChapter ? s.Chapter.Url : s.Url, s.Label) : null;
            case ReferenceKind.Chapter:
                var chapter = model.Chapters.FirstOrDefault(ch => ch.Kind == ChapterKind.Chapter && ch.Number?.ToString() == reference.Id);
                if (chapter is null) diagnostics.Error(at, "CH05", $"unknown chapter '{reference.Id}'");
                return chapter is null ? null : (chapter.Url, chapter.Title);
            case ReferenceKind.Question:
                return int.TryParse(reference.Id, out var n) && linker.ResolveQuestion(n, at) is { } rq ? (rq.Url, rq.Text) : null;
        }
        return null;
    }
}
