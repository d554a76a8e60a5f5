using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>A page per research question: its findings, themes, quotes, discussion and conclusion.</summary>
public sealed class QuestionsPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        foreach (var question in Site.Model.Study.ResearchQuestions)
        {
            var title = $"{T("research_question")} {question.Number}: {question.Text}";
            var conclusions = question.Findings.Where(f => f.SectionRef?.Chapter != question.Discussion?.Chapter && f.SectionRef?.Chapter.Number > question.Discussion?.Chapter.Number).ToList();
            yield return new PageSpec("question", Page(question.Url, "question", title, question.Rationale, HomeCrumb), ("question", question), ("conclusions", conclusions));
        }
    }
}
