using Site.Commands;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>The preview's rebuild writes only what changed, matches a full build, and does nothing when nothing changed.</summary>
public sealed class IncrementalRebuildTests
{
    [Fact]
    public void Incremental_update_produces_the_same_files_as_a_full_build()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");
        File.Delete(study.PathOf("findings/2.yml")); // a page disappears too

        var (_, changes) = new SiteBuilder(study.Options()).Update();
        Assert.InRange(changes.Written, 1, 40);
        Assert.True(changes.Deleted >= 1);

        using var full = new TempFolder();
        new SiteBuilder(study.Options() with { OutputDirectory = full["site"] }).Build();
        Assert.Equal(Files(full["site"]), Files(study.Output));
    }

    [Fact]
    public void An_unchanged_rebuild_does_no_work_and_a_change_does()
    {
        using var study = new StudyCopy();
        var options = study.Options();
        using var loop = new RebuildLoop(options, new DevServer(options.OutputDirectory, 0, new NetlifyHeaders()));
        Assert.True(loop.BuildOnce());
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(study.Output, "index.html"));

        Assert.False(loop.Rebuild());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(study.Output, "index.html")));

        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver tirsdag");
        Assert.True(loop.Rebuild());
        Assert.Contains("tirsdag", File.ReadAllText(Path.Combine(study.Output, "sitater/lise-moter/index.html")));
    }

    [Fact]
    public async Task The_preview_checks_the_search_index_it_refreshes_and_deletes_one_that_holds_a_contact_detail()
    {
        using var study = new StudyCopy();
        var options = study.Options(searchIndex: true);
        using var loop = new RebuildLoop(options, new DevServer(options.OutputDirectory, 0, new NetlifyHeaders()));
        Assert.True(loop.BuildOnce());
        var index = Path.Combine(study.Output, Site.Generator.Search.Pagefind.OutputFolder);
        Assert.True(Directory.Exists(index));
        // A page that no build wrote, so no gate saw it, in the served folder: the index is made from what is there.
        Directory.CreateDirectory(Path.Combine(study.Output, "lagt-inn"));
        File.WriteAllText(Path.Combine(study.Output, "lagt-inn", "index.html"),
            "<!doctype html><html lang=\"nb\"><head><title>x</title></head><body><main data-pagefind-body><p>Ring meg på 41 90 18 51.</p></main></body></html>");
        // (A rebuild would delete that page, as a file of no build of ours, before it refreshes the index.)
        await loop.RefreshSearchIndex();

        Assert.False(Directory.Exists(index), "the index that holds a phone number is deleted");
        Assert.Contains(loop.SearchIndexRefused, d => d.Code == "PR002" && d.Location.File.Contains("pagefind/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_update_keeps_the_files_of_the_search_index()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options(searchIndex: true)).Build();
        var indexFiles = Directory.GetFiles(study.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(study.Output, f).Replace('\\', '/')).Where(Site.Generator.Search.Pagefind.IsIndexFile).ToList();
        Assert.Contains("utforsk/pagefind-pages.json", indexFiles);
        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");

        new SiteBuilder(study.Options()).Update(); // deletes the explorer's old text chunks, named by their content

        Assert.All(indexFiles, f => Assert.True(File.Exists(Path.Combine(study.Output, f)), f));
    }

    [Fact]
    public void Open_pages_are_written_before_the_rest_of_the_site()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");
        string? quotePage = null, themePage = null;

        new SiteBuilder(study.Options()).Update(new HashSet<string> { "sitater/lise-moter/index.html" }, () =>
        {
            quotePage = File.ReadAllText(Path.Combine(study.Output, "sitater/lise-moter/index.html"));
            themePage = File.ReadAllText(Path.Combine(study.Output, "temaer/moter/index.html"));
        });

        Assert.Contains("onsdag", quotePage);  // shown early
        Assert.DoesNotContain("onsdag", themePage); // not yet rendered then
        Assert.Contains("onsdag", File.ReadAllText(Path.Combine(study.Output, "temaer/moter/index.html")));
    }

    [Fact]
    public void A_failure_after_the_open_pages_were_shown_puts_them_back()
    {
        using var study = new StudyCopy(copyTheme: true);
        new SiteBuilder(study.Options()).Build();
        var before = File.ReadAllText(Path.Combine(study.Output, "sitater/lise-moter/index.html"));
        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");
        File.AppendAllText(Path.Combine(study.Theme, "layouts", "code.sbn-html"), "\n{{ code.no_such_field.name }}\n"); // fails only the code pages
        var shown = false;

        var failure = Assert.Throws<BuildFailedException>(() =>
            new SiteBuilder(study.Options()).Update(new HashSet<string> { "sitater/lise-moter/index.html" }, () => shown = true));

        Assert.True(shown);
        Assert.Contains(failure.Diagnostics, d => d.Code == "TH05");
        Assert.Equal(before, File.ReadAllText(Path.Combine(study.Output, "sitater/lise-moter/index.html")));
    }

    private static SortedDictionary<string, string> Files(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(directory, f).StartsWith("pagefind", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
