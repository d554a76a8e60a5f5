namespace Site.Generator.Localization;

/// <summary>
/// The words of the site's addresses: /sitater/ in Norwegian, /quotes/ in English. Published URLs are cited for
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
        ["dimensions"] = "the top level of the coding",
        ["themes"] = "the second level of the coding",
        ["informants"] = "the informants",
        ["coding"] = "the coding overview",
        ["matrix"] = "the coding matrix",
        ["comparison"] = "the comparison of the cases",
        ["works"] = "the works cited",
        ["documents"] = "the documents",
        ["explorer"] = "the findings explorer",
        ["about"] = "the page about the study",
        ["source_text"] = "the source text",
        ["source_text_file"] = "the source text's download (a file name)",
        ["explorer_csv"] = "the explorer's CSV download (a file name)",
        ["explorer_texts"] = "the explorer's folder of text chunks",
        ["explorer_words"] = "the explorer's folder of its word index",
        ["explorer_vocabulary"] = "the explorer's vocabulary (a file name)",
    };

    public string this[string key] => words.TryGetValue(key, out var word) ? word : key;

    public IReadOnlyDictionary<string, string> All => words;
}
