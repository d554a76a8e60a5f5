using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>The home page: the research problem, the questions, the main finding, the cases, ways in.</summary>
public sealed class HomePipeline : PagePipeline
{
    public HomePipeline(SiteContext site) : base(site)
    {
        if (site.BuildDocuments) Dependencies.UnionWith(SitePipelines.Documents); // the download links name the files
    }

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var study = Site.Model.Study;
        var page = Views.ScholarlyMetadata.Describe(Page(UrlScheme.Home, "home", study.Title, study.MainFinding?.Summary), study, Site.AbsoluteUrl(UrlScheme.Home));
        // Google Scholar and Zotero take the study's full text from here.
        if (Site.Downloads.Pdf is { } pdf) page.Meta.Add(new("citation_pdf_url", Site.AbsoluteUrl(pdf.Path)));
        yield return new PageSpec("home", page, ("downloads", Site.Downloads.All));
    }
}
