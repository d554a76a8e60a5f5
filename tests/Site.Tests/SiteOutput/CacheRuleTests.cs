using System.Text.RegularExpressions;
using Site.Serve;
using Site.Tests.AnyStudy;

namespace Site.Tests.SiteOutput;

/// <summary>
/// How long browsers keep each file, by the site's own _headers (its folders follow the study's URL words, so
/// netlify.toml cannot name them): a file named by a hash of its content is kept for a year, a page never without
/// asking again. Checked over every file of the thesis's site and of the English study's.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class CacheRuleTests(BuiltSite thesis) : IClassFixture<EnglishStudyTests.Site>
{
    private const string Revalidate = "public, max-age=0, must-revalidate";
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>A content hash as a folder or as a part of a file name (site.92bb5e888f.css, tekster/00d85be344a2.json, study-1a441354a2.pdf).</summary>
    [GeneratedRegex(@"(^|[/._-])[0-9a-f]{10,}([/._-]|$)")]
    private static partial Regex Hashed();

    private static void EveryFileHasItsRule(string output)
    {
        var rules = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(output, SiteHeaders.FileName)));
        var wrong = new List<string>();
        var immutable = 0;
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = "/" + Path.GetRelativePath(output, file).Replace('\\', '/');
            var cache = rules.For(path).GetValueOrDefault("Cache-Control");
            var search = path.StartsWith("/pagefind/", StringComparison.Ordinal);
            var expected = path.EndsWith(".html", StringComparison.Ordinal) ? Revalidate
                : Hashed().IsMatch(path) || (search && path is not "/pagefind/pagefind.js" and not "/pagefind/pagefind-entry.json") ? Immutable
                : Revalidate;
            if (cache != expected) wrong.Add($"{path}: {cache ?? "(none)"}, expected {expected}");
            if (cache == Immutable) immutable++;
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(20)));
        Assert.True(immutable > 10, $"only {immutable} file(s) are cached as immutable");
    }

    [Fact]
    public void Every_file_of_the_thesis_site_has_the_cache_rule_of_its_kind() => EveryFileHasItsRule(thesis.Output);

    [Fact]
    public void Every_file_of_the_english_site_has_the_cache_rule_of_its_kind() =>
        EveryFileHasItsRule(new EnglishStudyTests.Site().Output);

    [Fact]
    public void The_thesis_keeps_its_published_cache_rules()
    {
        var rules = NetlifyHeaders.Parse(thesis.Read(SiteHeaders.FileName));
        foreach (var folder in new[] { "/assets/css/", "/assets/js/", "/utforsk/tekster/", "/utforsk/ordregister/", "/pagefind/" })
            Assert.Equal(Immutable, rules.For(folder + "x").GetValueOrDefault("Cache-Control"));
    }

    [Fact]
    public void Netlify_toml_names_no_folder_of_a_study_and_no_cache_rule()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        Assert.DoesNotContain("Cache-Control", toml);
        Assert.DoesNotContain("utforsk", toml);
    }
}
