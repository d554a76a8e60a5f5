namespace Site.Generator.Urls;

/// <summary>
/// The words of the site's addresses: /quotes/ in English, and each language its own. Published URLs are cited for
/// years, so a study that changes one must add redirects for the old addresses.
/// </summary>
public sealed class UrlWords(IReadOnlyDictionary<string, string> words)
{
    /// <summary>Every key a language must give, with what it names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["chapters"] = "the table of contents and the chapters' folder",
        ["appendices"] = "the appendices' folder",
        ["quotes"] = "the quotes",
        ["findings"] = "the findings",
        ["questions"] = "the research questions",
        ["concepts"] = "the theoretical concepts",
        ["informants"] = "the informants",
        ["coding"] = "the coding overview",
        ["matrix"] = "the coding matrix",
        ["comparison"] = "the comparison of the cases",
        ["works"] = "the works cited",
        ["documents"] = "the documents",
        ["explorer"] = "the findings explorer",
        ["about"] = "the page about the study",
        ["source_text"] = "the source text",
        ["figures"] = "the folder of the study's images",
        ["source_text_file"] = "the source text's download (a file name)",
        ["explorer_csv"] = "the explorer's CSV download (a file name)",
        ["explorer_texts"] = "the explorer's folder of text chunks",
        ["explorer_words"] = "the explorer's folder of its word index",
        ["explorer_vocabulary"] = "the explorer's vocabulary (a file name)",
        ["explorer_param_question"] = "the explorer's address parameter for research questions",
        ["explorer_param_speaker"] = "the explorer's address parameter for informants",
        ["explorer_param_concept"] = "the explorer's address parameter for concepts",
        ["explorer_param_kind"] = "the explorer's address parameter for the kind of item",
        ["explorer_kind_quote"] = "the explorer's address value for quotes",
        ["explorer_kind_finding"] = "the explorer's address value for findings",
        ["explorer_kind_section"] = "the explorer's address value for sections",
        ["explorer_kind_document"] = "the explorer's address value for documents",
        ["explorer_sort_relevance"] = "the explorer's address value for ordering by relevance",
        ["explorer_sort_order"] = "the explorer's address value for ordering as in the text",
        ["anchor_quotes"] = "the anchor of a page's list of quotes",
        ["anchor_quote"] = "the start of the anchor of a quote in a chapter",
        ["anchor_cite"] = "the anchor of a page's citation box",
        ["anchor_citing"] = "the anchor of how to cite the study, on the about page",
        ["anchor_about_edition"] = "the anchor of the note on the edition, on the about page",
        ["anchor_notes"] = "the anchor of the editorial notes, on the about page",
    };

    public string this[string key] => words.TryGetValue(key, out var word) ? word : key;

    public IReadOnlyDictionary<string, string> All => words;
}
