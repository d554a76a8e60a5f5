using Site.Generator.Localization;
using Site.Generator.Urls;
using YamlDotNet.RepresentationModel;
using static Site.Generator.Interchange.YamlTree;

namespace Site.Generator.Interchange;

/// <summary>
/// Where the page of a retired item was, and where its redirect leads (the list its item stood in), in the site's
/// URL words. Made once per import from the theme's words for the study's language and the study's own overrides.
/// </summary>
public sealed class RetiredPaths(UrlWords words, string casesSegment)
{
    public (string From, string To) Quote(string id) => ($"/{words["quotes"]}/{id}/", $"/{words["quotes"]}/");
    public (string From, string To) Informant(string id) => ($"/{words["informants"]}/{id}/", $"/{words["informants"]}/");
    public (string From, string To) Case(string id) => ($"/{casesSegment}/{id}/", $"/{casesSegment}/");

    /// <summary>A code's page lives under its level's path, found from the coding the import replaces.</summary>
    public (string From, string To)? Code(string id, YamlMappingNode? oldCoding)
    {
        if (oldCoding is null) return null;
        var depth = DepthOf(Get(oldCoding, "codes"), id, 0);
        var levels = Items(Get(oldCoding, "levels")).ToList();
        if (depth < 0 || depth >= levels.Count || Scalar(levels[depth], "path") is not { } path) return null;
        return ($"/{path}/{id}/", $"/{words["coding"]}/");
    }

    private static int DepthOf(YamlNode? codes, string id, int depth)
    {
        foreach (var code in Items(codes))
        {
            if (Scalar(code, "id") == id) return depth;
            var below = DepthOf(Get(code, "codes"), id, depth + 1);
            if (below >= 0) return below;
        }
        return -1;
    }

    /// <summary>The paths of a study: its language's words from the theme, with the study's overrides (urls:) and case term.</summary>
    public static RetiredPaths For(string themeDirectory, string studyDirectory, string language)
    {
        var study = YamlTree.Read(Path.Combine(studyDirectory, "study.yml"), "study.yml", new Diagnostics.DiagnosticBag()) as YamlMappingNode;
        var overrides = (study is null ? null : Get(study, "urls") as YamlMappingNode) is { } urls
            ? Pairs(urls).Where(p => p.Value is YamlScalarNode).ToDictionary(p => p.Key, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var locale = LocaleLoader.Load(themeDirectory, (study is null ? null : Scalar(study, "language")) ?? language, overrides,
            _ => Diagnostics.SourceLocation.FileOnly("study.yml"), new Diagnostics.DiagnosticBag(), Directory.GetCurrentDirectory());
        var plural = study is not null && Get(study, "case_term") is YamlMappingNode term ? Scalar(term, "plural") : null;
        return new RetiredPaths(locale.Urls, Slug.From(plural ?? "caser"));
    }
}
