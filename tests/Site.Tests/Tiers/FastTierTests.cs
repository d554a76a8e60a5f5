namespace Site.Tests.Tiers;

/// <summary>
/// The fast tier stays fast and needs no tool of the full one: no test file in it names a browser (Playwright or
/// our Chromium wrapper, Support.Browser), the Nu checker, a tool of the tests run by Node, WeasyPrint, the command
/// line run as a process, or the fixtures that build the whole thesis with its search index.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class FastTierTests
{
    private static readonly string[] FullTierOnly =
    [
        "Playwright", "Support.Browser", "ServedSiteCollection", "BuiltSiteCollection", "HtmlValidityTests", "CitationJs", "SiteCli.",
        "WeasyPrint", "pdftotext", "epubcheck", "searchIndex: true", "MutationFuzz",
    ];

    [Fact]
    public void No_fast_test_uses_a_tool_of_the_full_tier()
    {
        var tests = Path.Combine(Repository.Root, "tests", "Site.Tests");
        var files = Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f != ThisFile())
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Support{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("[Trait(Tier.Name, Tier.Fast)]", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} fast test files");
        var wrong = files.SelectMany(f => FullTierOnly.Where(word => File.ReadAllText(f).Contains(word, StringComparison.Ordinal))
            .Select(word => $"{Path.GetRelativePath(tests, f)}: {word}")).ToList();
        Assert.True(wrong.Count == 0, "fast tests that need the full tier's tools:\n" + string.Join("\n", wrong));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
