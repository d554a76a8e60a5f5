using System.Text;
using Site.Generator.Engine;
using Site.Generator.Rendering;
using Site.Generator.Search;

namespace Site.Generator.Pipelines;

/// <summary>
/// Netlify's _headers file: how long browsers may keep each kind of file. Its folders follow the study's URL words,
/// so the rules live here and not in netlify.toml, which is the same for every study and keeps only the security
/// headers. Pages are checked again on every visit; files named by a hash of their content (assets, the PDF and EPUB, the study's
/// images, the explorer's chunks, the search index) are kept for a year.
/// </summary>
public sealed class HeadersPipeline : Pipeline
{
    public const string FileName = "_headers";

    private const string Revalidate = "public, max-age=0, must-revalidate";
    private const string Immutable = "public, max-age=31536000, immutable";

    public HeadersPipeline(SiteContext site) =>
        ProcessModules.Add(new FunctionModule((_, _) => [PipelineDocument.Create(FileName) with { Text = Text(Rules(site)) }]));

    /// <summary>The rules in order: a later rule that matches a path wins over an earlier one.</summary>
    public static IReadOnlyList<(string Path, string CacheControl)> Rules(SiteContext site)
    {
        var words = site.Urls.Words;
        var explorer = site.Urls.Explorer;
        var search = "/" + Pagefind.OutputFolder + "/";
        return
        [
            ("/*", Revalidate),
            ($"/{AssetManifest.Folder}/css/*", Immutable),
            ($"/{AssetManifest.Folder}/js/*", Immutable),
            (Documents.Downloads.Folder + "*", Immutable),
            ($"/{words["figures"]}/*", Immutable),
            ($"{explorer}{words["explorer_texts"]}/*", Immutable),
            ($"{explorer}{words["explorer_words"]}/*", Immutable),
            (search + "*", Immutable),
            // The index's entry points are not hashed: they name the hashed files of the current build.
            (search + "pagefind-entry.json", Revalidate),
            (search + "pagefind.js", Revalidate),
        ];
    }

    private static string Text(IEnumerable<(string Path, string CacheControl)> rules)
    {
        var text = new StringBuilder("# Generated: how long browsers may keep each kind of file (netlify.toml sends the security headers).\n");
        foreach (var (path, value) in rules)
        {
            // Paths are made of URL words, which are checked to be a-z, digits, '-' and '.'; a line is never written from anything else.
            if (path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ':'))
                throw new InvalidOperationException($"Refusing to write a header rule for '{path}'");
            text.Append(path).Append("\n  Cache-Control: ").Append(value).Append('\n');
        }
        return text.ToString();
    }
}
