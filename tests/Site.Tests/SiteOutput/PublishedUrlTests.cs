using System.Text.RegularExpressions;

namespace Site.Tests.SiteOutput;

/// <summary>
/// Teachers and researchers cite the thesis's addresses for years. Every page, anchor and file the site published
/// before the generator became configurable (tests/fixtures/published/) still resolves: as a file, an id on its
/// page, or a permanent redirect in _redirects. And the explorer's address parameters are the ones shared links use.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class PublishedUrlTests(BuiltSite site)
{
    private static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "fixtures", "published", name);

    private static IEnumerable<string> Entries(string name) =>
        File.ReadLines(Fixture(name)).Where(l => l.Length > 0 && !l.StartsWith('#'));

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    [Fact]
    public void Every_published_page_anchor_and_file_of_the_thesis_still_resolves()
    {
        var redirects = File.ReadLines(Path.Combine(site.Output, "_redirects")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 2 && p[0].StartsWith('/')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var missing = new List<string>();
        var checkedUrls = 0;
        foreach (var entry in Entries("thesis-urls.txt"))
        {
            checkedUrls++;
            var (path, anchor) = entry.IndexOf('#') is var hash and >= 0 ? (entry[..hash], entry[(hash + 1)..]) : (entry, null);
            if (redirects.ContainsKey(path)) continue;
            var file = Path.Combine(site.Output, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : ""));
            if (!File.Exists(file)) { missing.Add(entry); continue; }
            if (anchor is null) continue;
            if (!ids.TryGetValue(file, out var onPage))
                ids[file] = onPage = Id().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            if (!onPage.Contains(anchor)) missing.Add(entry);
        }
        Assert.True(checkedUrls > 3000, $"the fixture lists {checkedUrls} addresses");
        Assert.True(missing.Count == 0, $"{missing.Count} published address(es) no longer resolve:\n" + string.Join("\n", missing.Take(40)));
    }

    [Fact]
    public void The_explorer_keeps_its_published_address_parameters_and_values()
    {
        var explorer = File.ReadAllText(Path.Combine(site.Output, "utforsk", "index.html"));
        var parameters = Regex.Matches(explorer, @"<data value=""[^""]+"" data-param=""([^""]+)""").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var address = Regex.Match(explorer, @"<template id=""explorer-address"">(.*?)</template>").Groups[1].Value;
        var values = Regex.Matches(address, @"<data value=""(kind_\w+|sort_\w+)"">([^<]+)</data>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        foreach (var line in Entries("thesis-explorer-params.txt"))
        {
            var name = line.Split(':')[0];
            if (name is "q" or "sort") { }
            else Assert.Contains(name, parameters);
            if (line.Contains(':'))
                foreach (var value in line[(line.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    Assert.Contains(value, values.Values);
        }
    }
}
