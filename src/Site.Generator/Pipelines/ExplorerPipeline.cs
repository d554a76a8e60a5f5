using Site.Generator.Build;
using Site.Generator.Engine;
using Site.Generator.Search;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// The findings explorer (/utforsk/) with its data and text files, and every quote as CSV. Its search index and the
/// map from index to items come later, from <see cref="Pagefind"/>, once the site is written.
/// </summary>
public sealed class ExplorerPipeline(SiteContext site) : PagePipeline(site)
{

    /// <summary>
    /// About how many quotes the list for readers without JavaScript shows: all of a small study's, and for a large
    /// one the first few of each theme with a link to the rest, so the page the explorer starts from stays light.
    /// </summary>
    public const int FallbackQuotes = 200;

    // The explorer's scripts, in the order they run (each adds its part to one namespace; see explorer.js).
    private static readonly string[] Scripts =
        ["js/explorer-text.js", "js/explorer-data.js", "js/explorer-search.js", "js/explorer-download.js", "js/explorer.js"];

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var page = Page(Site.Urls.Explorer, "explorer", T("explorer"), T("explorer_intro"), HomeCrumb);
        page.Scripts.AddRange(Scripts);
        page.Styles.Add("css/explorer.css");
        var perTheme = Math.Max(1, FallbackQuotes / Math.Max(1, Site.Model.Themes.Count()));
        yield return new PageSpec("explorer", page,
            ("data_url", Site.Urls.Explorer + ExplorerData.DataFile), ("csv_url", Site.Urls.Explorer + Site.Urls.Words["explorer_csv"]),
            ("vocabulary_url", Site.Urls.Explorer + Site.Urls.Words["explorer_vocabulary"]),
            ("pages_url", Site.Urls.Explorer + Pagefind.PageMapFile), ("pagefind_url", "/" + Pagefind.OutputFolder + "/pagefind.js"),
            ("fallback_per_theme", perTheme),
            ("fallback_complete", Site.Model.Themes.All(t => t.Quotes.Count <= perTheme)));
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
        ExplorerData.Files(Site.Model, Site.Urls, Site.Locale).Select(file => TextFile(Site.Urls.Explorer.TrimStart('/') + file.Path, file.Text))
            .Append(TextFile(Site.Urls.Explorer.TrimStart('/') + Site.Urls.Words["explorer_csv"], ExplorerData.Csv(Site.Model, Site.AbsoluteUrl)));
}
