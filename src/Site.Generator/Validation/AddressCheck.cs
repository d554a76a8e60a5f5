using Site.Generator.Citations;
using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Output;
using Site.Generator.Rendering;
using Site.Generator.Search;
using Site.Generator.Urls;

namespace Site.Generator.Validation;

/// <summary>
/// Every folder at the root of the site has one owner: a part of the site by its URL word, the cases, a level of the
/// coding, or a text outside the numbered chapters. None may take a name the generator writes itself: a page under
/// <c>/assets/</c> or <c>/pagefind/</c> would inherit their year-long immutable cache rule, and one named like
/// <c>_redirects</c> or <c>sitemap.xml</c> would shadow Netlify's files.
/// </summary>
public static class AddressCheck
{
    /// <summary>The URL words that name a folder at the root (the others name files or anchors inside one).</summary>
    public static readonly IReadOnlyList<string> FolderWords =
    [
        "chapters", "appendices", "quotes", "findings", "questions", "concepts", "informants", "coding", "matrix",
        "comparison", "works", "documents", "explorer", "about", "source_text", "figures",
    ];

    /// <summary>What the generator writes at the root itself.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        AssetManifest.Folder, Pagefind.OutputFolder, ShareImage.Path.TrimStart('/'), OutputMarker.FileName,
        "index.html", "404.html", "_redirects", "_headers", "robots.txt", "sitemap.xml",
    };

    /// <param name="wordLocation">Where a URL word is set: the study's <c>urls:</c> or the theme's language file.</param>
    public static void Run(StudyModel model, UrlScheme urls, Func<string, SourceLocation> wordLocation, DiagnosticBag diagnostics)
    {
        var owners = Reserved.ToDictionary(name => name, _ => "the generator's own files", StringComparer.Ordinal);
        void Claim(string segment, string owner, SourceLocation at)
        {
            if (owners.TryAdd(segment, owner)) return;
            diagnostics.Error(at, "UR01", $"the address /{segment}/ of {owner} is taken by {owners[segment]}",
                Reserved.Contains(segment) ? "choose another word: the generator writes " + string.Join(", ", Reserved.Order(StringComparer.Ordinal)) + " itself"
                    : "give one of them another word");
        }

        // The study's own words after the theme's: a clash is then reported where the study made it.
        foreach (var key in FolderWords.OrderBy(k => model.Study.Urls.ContainsKey(k)))
            Claim(urls.Words[key], $"the URL word '{key}'", wordLocation(key));

        var caseTerm = model.Study.CaseTerm;
        var cases = UrlScheme.CaseSegment(caseTerm);
        if (!Slug.IsValid(cases))
            diagnostics.Error(caseTerm.LocationOf(caseTerm.Path is null ? "plural" : "path"), "UR02",
                caseTerm.Path is null ? $"the cases' plural '{caseTerm.Plural}' gives no address" : $"'{caseTerm.Path}' cannot stand in an address",
                "add path: under case_term, in lower-case letters a–z, digits and '-', e.g. path: schools");
        else Claim(cases, "the cases", caseTerm.LocationOf(caseTerm.Path is null ? "plural" : "path"));

        foreach (var level in model.Coding.Levels.Where(l => l.Path.Length > 0))
            Claim(level.Path, $"the coding level '{level.Key}'", level.LocationOf("path"));
        foreach (var chapter in model.Chapters.Where(c => c.Kind == ChapterKind.Front && !string.IsNullOrEmpty(c.Slug)))
            Claim(chapter.Slug!, $"the text '{chapter.Title}'", chapter.LocationOf("slug"));
    }
}
