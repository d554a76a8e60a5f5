using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// The CSL style files a study names: the id of one the theme ships (theme/csl/styles/, the official files), or a
/// <c>.csl</c> file of the study's own, by its path in the study folder.
/// </summary>
public static class CslStyles
{
    public static readonly IReadOnlyList<string> Default = ["apa", "chicago-author-date"];

    public sealed record StyleFile(string Id, string Path);

    public static IReadOnlyList<StyleFile>? Resolve(Study study, string inputDirectory, string themeDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        var names = study.Publication.CitationStyles.Count > 0 ? study.Publication.CitationStyles : Default;
        var shipped = Path.Combine(themeDirectory, "csl", "styles");
        var known = Directory.Exists(shipped)
            ? Directory.GetFiles(shipped, "*.csl").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        var at = study.Publication.LocationOf("citation_styles");
        var result = new List<StyleFile>();
        var failed = false;
        foreach (var name in names)
        {
            if (name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
            {
                var path = Path.GetFullPath(Path.Combine(inputDirectory, name));
                if (File.Exists(path))
                {
                    if (new Loading.SourceFolder(inputDirectory).Holds(path, Path.GetRelativePath(displayRoot, path), diagnostics))
                        result.Add(new StyleFile(Path.GetFileNameWithoutExtension(path), path));
                    else failed = true;
                }
                else { failed = true; diagnostics.Error(at, "CT002", $"the citation style file '{name}' does not exist", $"give its path in the study folder ({Path.GetRelativePath(displayRoot, inputDirectory)})"); }
            }
            else if (known.Contains(name, StringComparer.Ordinal)) result.Add(new StyleFile(name, Path.Combine(shipped, name + ".csl")));
            else
            {
                failed = true;
                diagnostics.Error(at, "CT003", $"the theme has no citation style '{name}'",
                    (Suggest.DidYouMean(name, known) is { } hint ? hint + "; " : "") + $"shipped: {string.Join(", ", known)}; or put the style's .csl file in the study folder and name it, e.g. styles/{name}.csl");
            }
        }
        return failed ? null : result;
    }
}
