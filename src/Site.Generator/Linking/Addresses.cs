using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Linking;

/// <summary>Gives every part of the linked study its page's address (and each chapter and figure its label), from the URL scheme.</summary>
public static class Addresses
{
    public static void Assign(StudyModel model, UrlScheme urls, Localization.Locale locale)
    {
        foreach (var chapter in model.Chapters)
        {
            chapter.Url = urls.Chapter(chapter);
            chapter.Label = chapter.Kind switch
            {
                ChapterKind.Chapter => locale.Format("chapter_label", ("n", chapter.Number)),
                ChapterKind.Appendix => locale.Format("appendix_label", ("n", chapter.Number)),
                _ => chapter.Title,
            };
        }
        foreach (var question in model.Study.ResearchQuestions) question.Url = urls.Question(question.Number);
        foreach (var c in model.Cases) c.Url = urls.Case(c.Id);
        foreach (var g in model.Figures) g.Label = locale.Format("figure_label", ("n", g.Number));
        foreach (var i in model.Informants) i.Url = i.IsPseudonym ? urls.Informant(i.Id) : null;
        foreach (var code in model.Codes.Where(c => c.Level is not null)) code.Url = urls.Code(code);
        foreach (var q in model.Quotes) q.Url = urls.Quote(q.Id);
        foreach (var f in model.Findings) f.Url = urls.Finding(f.Id);
        foreach (var k in model.Concepts) k.Url = urls.Concept(k.Id);
        foreach (var w in model.Works) w.Url = urls.Work(w.Id);
        foreach (var d in model.Documents) d.Url = urls.Document(d.Id);
    }
}
