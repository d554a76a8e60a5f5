using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// A theme is code that someone else may have written: an endless loop, endless recursion or a read of the clock
/// ends the build with a located theme error (TH05), never a hang or output that differs between builds.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class HostileThemeTests
{
    // Not a speed target: it only tells a hang from a slow or busy machine.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(180);

    private static Diagnostic ThemeError(string partial, string text)
    {
        using var study = new StudyCopy(copyTheme: true);
        var file = Path.Combine(study.Theme, "partials", partial);
        File.WriteAllText(file, text + File.ReadAllText(file));
        var build = Task.Run(() => Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()));
        Assert.True(build.Wait(HangLimit), $"the build did not end within {HangLimit.TotalSeconds:F0} s: a hostile theme must not hang it");
        var error = Assert.Single(build.Result.Diagnostics.Where(d => d.Code == "TH05").DistinctBy(d => d.Format()).Take(1));
        Assert.EndsWith(Path.Combine("partials", partial), error.Location.File);
        Assert.Equal(1, error.Location.Line);
        return error;
    }

    [Fact]
    public void An_endless_loop_in_a_theme_is_a_located_error_not_a_hang()
    {
        var error = ThemeError("footer.sbn-html", "{{ while true }}{{ end }}");
        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Endless_recursion_in_a_theme_is_a_located_error_not_a_crash()
    {
        var error = ThemeError("footer.sbn-html", "{{ func again; again; end; again }}");
        Assert.Contains("recursi", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_theme_that_reads_the_clock_is_refused_so_builds_stay_identical()
    {
        var error = ThemeError("footer.sbn-html", "{{ date.now | date.to_string '%Y' }}");
        Assert.Contains("date.now is not available", error.Message);
    }
}
