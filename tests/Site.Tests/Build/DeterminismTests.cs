using Site.Generator.Build;

namespace Site.Tests.Build;

/// <summary>The same input builds byte-identical files: no timestamps, no random ids, stable order, stable JSON.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_thesis_are_byte_identical_including_the_search_index()
    {
        using var temp = new TempFolder();
        new SiteBuilder(BuiltSite.Options(Repository.Input, temp["a"])).Build();
        new SiteBuilder(BuiltSite.Options(Repository.Input, temp["b"])).Build();

        var a = Files(temp["a"]);
        var b = Files(temp["b"]);
        Assert.Equal(a.Keys, b.Keys);
        var different = a.Keys.Where(k => !a[k].AsSpan().SequenceEqual(b[k])).ToList();
        Assert.True(different.Count == 0, "files differ between two builds: " + string.Join(", ", different.Take(10)));
        Assert.Contains(a.Keys, k => k.StartsWith("pagefind/", StringComparison.Ordinal));
    }

    private static SortedDictionary<string, byte[]> Files(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes), StringComparer.Ordinal);
}
