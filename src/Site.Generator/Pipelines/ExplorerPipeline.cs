using Site.Generator.Build;
using Site.Generator.Engine;
using Site.Generator.Search;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// The findings explorer (/utforsk/) with its data file, and every quote as CSV. Its search index and the map
/// from index to pages come later, from <see cref="Pagefind"/>, once the site is written.
/// </summary>
public sealed class ExplorerPipeline(SiteContext site) : PagePipeline(site)
{
    public const string DataFile = "data.json";
    public const string CsvFile = "sitater.csv";

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var page = Page(UrlScheme.Explorer, "explorer", T("explorer"), T("explorer_intro"), HomeCrumb);
        page.Scripts.Add("js/explorer.js");
        page.Styles.Add("css/explorer.css");
        yield return new PageSpec("explorer", page, ("data_url", UrlScheme.Explorer + DataFile), ("csv_url", UrlScheme.Explorer + CsvFile),
            ("pages_url", Pagefind.PageMapUrl), ("pagefind_url", "/" + Pagefind.OutputFolder + "/pagefind.js"));
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
    [
        TextFile(UrlScheme.Explorer.TrimStart('/') + DataFile, ExplorerData.Json(Site.Model)),
        TextFile(UrlScheme.Explorer.TrimStart('/') + CsvFile, ExplorerData.Csv(Site.Model, Site.AbsoluteUrl)),
    ];
}
