using Site.Generator.Engine;
using Site.Generator.Search;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// The findings explorer (/explore/ in English) with its data and text files, and every quote as CSV. Its search index and the
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
        var leaves = Site.Model.Codes.Where(c => c.IsLeaf && c.Level is not null).ToList();
        var perCode = Math.Max(1, FallbackQuotes / Math.Max(1, leaves.Count));
        yield return new PageSpec("explorer", page,
            ("data_url", Site.Urls.Explorer + ExplorerData.DataFile), ("csv_url", Site.Urls.Explorer + Site.Urls.Words["explorer_csv"]),
            ("vocabulary_url", Site.Urls.Explorer + Site.Urls.Words["explorer_vocabulary"]),
            ("pages_url", Site.Urls.Explorer + Pagefind.PageMapFile), ("pagefind_url", "/" + Pagefind.OutputFolder + "/pagefind.js"),
            ("facets", Facets()), ("address", AddressWords()),
            ("fallback_groups", Site.Model.Coding.Codes.Select(top => new FallbackGroup(top, top.SelfAndDescendants.Where(c => c.IsLeaf).ToList())).ToList()),
            ("fallback_per_code", perCode),
            ("fallback_complete", leaves.All(c => c.AllQuotes.Count <= perCode)));
    }

    /// <summary>The facets in the order of the data file, each with its address parameter and its heading.</summary>
    private List<ExplorerFacet> Facets()
    {
        var words = Site.Urls.Words;
        var facets = new List<ExplorerFacet> { new("question", words["explorer_param_question"], T("research_question"), false) };
        facets.AddRange(Site.Model.Levels.Select(l => new ExplorerFacet(l.Key, l.ParamName, Site.Locale.Capitalised(l.Singular), true)));
        facets.Add(new("case", Site.View.CaseParam, Site.Locale.Capitalised(Site.Model.Study.CaseTerm.Singular), false));
        facets.Add(new("speaker", words["explorer_param_speaker"], T("speaker"), false));
        facets.Add(new("concept", words["explorer_param_concept"], T("concept"), false));
        facets.Add(new("kind", words["explorer_param_kind"], T("kind"), false));
        return facets;
    }

    /// <summary>The values the explorer writes in its address for kinds and orders: shared links keep them.</summary>
    private Dictionary<string, string> AddressWords()
    {
        var words = new[] { "kind_quote", "kind_finding", "kind_section", "kind_document", "sort_relevance", "sort_order" }
            .ToDictionary(k => k, k => Site.Urls.Words["explorer_" + k], StringComparer.Ordinal);
        words["download_name"] = $"{Site.Urls.Words["explorer"]}-{Site.Urls.Words["quotes"]}"; // explore-quotes.csv
        return words;
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
        ExplorerData.Files(Site.Model, Site.Urls, Site.Locale).Select(file => TextFile(Site.Urls.Explorer.TrimStart('/') + file.Path, file.Text))
            .Append(TextFile(Site.Urls.Explorer.TrimStart('/') + Site.Urls.Words["explorer_csv"], ExplorerData.Csv(Site.Model, Site.AbsoluteUrl)));
}

/// <param name="Coding">True for a level of the coding: result cards show the values of the deepest one.</param>
public sealed record ExplorerFacet(string Key, string Param, string Legend, bool Coding);

/// <summary>A top-level code and the codes under it that hold quotes, for the list shown without JavaScript.</summary>
public sealed record FallbackGroup(Model.Code Top, IReadOnlyList<Model.Code> Leaves);
