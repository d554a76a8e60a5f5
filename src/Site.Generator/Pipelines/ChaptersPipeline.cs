using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Markdown;
using Site.Generator.Model;
using Site.Generator.Rendering;
using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The running text: one page per chapter, appendix and front-matter text, and the table of contents.</summary>
public sealed class ChaptersPipeline : PagePipeline
{
    public ChaptersPipeline(SiteContext site) : base(site)
    {
        if (site.BuildDocuments) Dependencies.UnionWith(SitePipelines.Documents); // the download links name the files
    }

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var contents = Page(Site.Urls.Chapters, "chapters", T("contents"), T("contents_description"), HomeCrumb);
        yield return new PageSpec("chapters", contents);

        foreach (var chapter in Site.Model.Chapters)
        {
            var html = Site.ChapterBodies.Of(chapter);
            var title = chapter.Kind == ChapterKind.Front ? chapter.Title : $"{chapter.Label}: {chapter.Title}";
            var crumbs = chapter.Kind == ChapterKind.Front ? new[] { HomeCrumb } : [HomeCrumb, new Crumb(T("contents"), Site.Urls.Chapters)];
            var page = Page(chapter.Url, "chapter", title, null, crumbs);
            page = ScholarlyMetadata.Describe(new PageView { Title = page.Title, Path = page.Path, Kind = page.Kind, Lang = chapter.Lang, Breadcrumbs = page.Breadcrumbs, Description = Lead(Site.ParsedChapters[chapter].Document) },
                Site.Model.Study, Site.AbsoluteUrl(chapter.Url));
            yield return new PageSpec("chapter", page, ("chapter", chapter), ("body", new Html(html)), ("downloads", Site.Downloads.All));
        }
    }

    /// <summary>The chapter's first paragraph as plain text, shortened: what a search engine shows under the title.</summary>
    private static string? Lead(MarkdownDocument document)
    {
        if (document.OfType<ParagraphBlock>().FirstOrDefault()?.Inline is not { } inline) return null;
        var text = new StringBuilder();
        foreach (var part in inline.Descendants<Inline>())
            text.Append(part switch { LiteralInline literal => literal.Content.ToString(), CodeInline code => code.Content, LineBreakInline => " ", _ => "" });
        var lead = Text.Shorten(string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)), 200);
        return lead.Length == 0 ? null : lead;
    }
}

public sealed record SectionAsideView(Section Section, IReadOnlyList<Finding> Findings, IReadOnlyList<Quote> Quotes);

public sealed record SectionNotesView(Section Section, IReadOnlyList<SectionNote> Notes);
