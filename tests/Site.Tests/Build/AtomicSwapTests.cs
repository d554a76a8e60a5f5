using System.Diagnostics;
using Site.Generator.Build;
using Site.Generator.Output;

namespace Site.Tests.Build;

/// <summary>
/// The swap at the end of a build, and what interrupted builds leave: the fallback of two renames, the recovery of
/// a site parked between them, stale staging folders of dead processes, cancellation, and a previous site that
/// cannot be deleted after the swap.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class AtomicSwapTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Output => _folder["out"];

    public void Dispose() => _folder.Dispose();

    private string Build(string page, string text)
    {
        using var output = new AtomicOutput(Output);
        output.Write(page, path => File.WriteAllText(path, text));
        output.Commit();
        return output.StagingDirectory;
    }

    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void The_exchange_replaces_a_previous_site_and_deletes_it()
    {
        Build("index.html", "one");
        var staging = Build("index.html", "two");
        Assert.Equal("two", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.True(OutputMarker.IsIn(Output));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Two_renames_do_it_where_the_exchange_is_not_available()
    {
        Build("index.html", "one");
        DirectoryExchange.DisableExchangeForTests = true;
        try { Build("index.html", "two"); }
        finally { DirectoryExchange.DisableExchangeForTests = false; }
        Assert.Equal("two", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(_folder.Path).Where(d => Path.GetFileName(d).StartsWith(".out.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_site_parked_between_the_two_renames_is_put_back_by_the_next_build()
    {
        Build("index.html", "old site");
        // A fallback swap killed between its renames: the output is gone, the old site parked beside it.
        Directory.Move(Output, Path.Combine(_folder.Path, StaleStaging.ParkedName(Output, DeadPid())));
        using (new AtomicOutput(Output)) { } // the next build starts (and fails)
        Assert.Equal("old site", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Staging_folders_of_dead_processes_are_removed_and_those_of_running_ones_kept()
    {
        var dead = Path.Combine(_folder.Path, StaleStaging.StagingName(Output, DeadPid()));
        var running = Path.Combine(_folder.Path, StaleStaging.StagingName(Output, 1)); // init always runs
        var notOurs = Path.Combine(_folder.Path, StaleStaging.StagingName(Output, DeadPid()) + "0");
        foreach (var folder in new[] { dead, running, notOurs })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), "x");
        }
        OutputMarker.WriteInto(dead);
        OutputMarker.WriteInto(running);
        using (new AtomicOutput(Output)) { }
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(notOurs)); // no marker: not proven ours, so not deleted
    }

    [Fact]
    public void A_cancelled_build_deletes_its_staging_folder_and_writes_nothing_more()
    {
        Build("index.html", "old");
        using var output = new AtomicOutput(Output);
        output.Write("a/index.html", path => File.WriteAllText(path, "new"));
        using var cancel = new CancellationTokenSource();
        using var _ = cancel.Token.Register(output.Abandon);
        var writer = Task.Run(() =>
        {
            try
            {
                for (var i = 0; ; i++) output.Write($"p{i}/index.html", path => File.WriteAllText(path, "new"));
            }
            catch (OperationCanceledException) { return true; }
        });
        Thread.Sleep(50);
        cancel.Cancel();
        Assert.True(writer.Wait(TimeSpan.FromSeconds(10)) && writer.Result);
        Assert.False(Directory.Exists(output.StagingDirectory));
        Assert.Throws<OperationCanceledException>(output.Commit);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void A_previous_site_that_cannot_be_deleted_is_a_warning_that_the_new_site_is_in_place()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        var locked = Path.Combine(study.Output, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "file"), "x");
        Undeletable(locked, true);
        try
        {
            var report = new SiteBuilder(study.Options()).Build();
            var warning = Assert.Single(report.Diagnostics, d => d.Code == "O01");
            Assert.Contains("the new site is in place", warning.Message);
            Assert.False(Directory.Exists(Path.Combine(study.Output, "locked")));
            Assert.True(File.Exists(Path.Combine(study.Output, "index.html")));
            Undeletable(Path.Combine(warning.Location.File, "locked"), false);
        }
        finally { if (Directory.Exists(locked)) Undeletable(locked, false); }
        // The next build removes what was left behind.
        new SiteBuilder(study.Options()).Build();
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(study.Output)!).Where(d => Path.GetFileName(d).StartsWith(".output.", StringComparison.Ordinal)));
    }

    /// <summary>A folder whose file cannot be deleted: immutable for root (who may delete anything else), read-only otherwise.</summary>
    private static void Undeletable(string folder, bool on)
    {
        if (Environment.UserName == "root")
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", Path.Combine(folder, "file")]))
                ?? throw new InvalidOperationException("chattr is needed: apt-get install e2fsprogs");
            chattr.WaitForExit();
            Assert.Equal(0, chattr.ExitCode);
        }
        else File.SetUnixFileMode(folder, on ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
