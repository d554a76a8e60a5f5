using Site.Generator.Build;
using Site.Generator.Engine;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>The source text the quotes were taken from, as a page and as the unchanged file: the provenance of every quote.</summary>
public sealed class SourceTextPipeline(SiteContext site) : PagePipeline(site)
{
    private string FileName => Site.Urls.Words["source_text_file"];

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        if (Site.Model.SourceText is null) yield break;
        yield return new PageSpec("source-text", Page(Site.Urls.SourceText, "source-text", T("source_text"), T("source_text_description"), HomeCrumb),
            ("text", Site.Model.SourceText), ("file", Site.Urls.SourceText + FileName));
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
        Site.Model.SourceText is null ? [] : [TextFile(Site.Urls.SourceText.TrimStart('/') + FileName, Site.Model.SourceText)];
}
