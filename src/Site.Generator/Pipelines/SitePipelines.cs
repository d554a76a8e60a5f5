using Site.Generator.Engine;

namespace Site.Generator.Pipelines;

/// <summary>The list of what the site is made of. A new page kind is a new pipeline here and a layout in the theme.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> All(SiteContext site)
    {
        var pages = Pages(site);
        return
        [
            .. pages,
            .. site.BuildDocuments ? DocumentPipelines(site) : [],
            new AssetsPipeline(site),
            new NotFoundPipeline(site),
            new HeadersPipeline(site),
            new RedirectsPipeline(site, pages.Select(p => p.Name)),
            new SitemapPipeline(site, pages.Select(p => p.Name)),
            new LinkValidationPipeline(site),
        ];
    }

    /// <summary>The names of the pipelines that make the study's documents (the PDF, the EPUB).</summary>
    public static readonly string[] Documents = ["Pdf", "Epub"];

    private static IEnumerable<Pipeline> DocumentPipelines(SiteContext site) => [new PdfPipeline(site), new EpubPipeline(site)];

    /// <summary>The pipelines that make pages from the study.</summary>
    public static IReadOnlyList<PagePipeline> Pages(SiteContext site) =>
        new PagePipeline[]
        {
            new HomePipeline(site),
            new ChaptersPipeline(site),
            new QuotesPipeline(site),
            new FindingsPipeline(site),
            new QuestionsPipeline(site),
            new CasesPipeline(site),
            new InformantsPipeline(site),
            new CodingPipeline(site),
            new MatrixPipeline(site),
            new ConceptsPipeline(site),
            new ReferencesPipeline(site),
            new ExplorerPipeline(site),
            new AboutPipeline(site),
            new SourceTextPipeline(site),
        };
}
