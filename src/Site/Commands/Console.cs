using Site.Generator.Diagnostics;
using Site.Generator.Build;

namespace Site.Commands;

/// <summary>How results reach the terminal: diagnostics on stderr in the compiler format editors and CI read, a short summary on stdout.</summary>
public static class Reporter
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic.Format(Directory.GetCurrentDirectory()));
    }

    public static void Summary(string verb, SiteBuilder.Report report)
    {
        var pages = report.PagesByPipeline.Values.Sum();
        Console.WriteLine($"{verb} {pages} pages, {report.Files} files in {report.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine("  " + string.Join(", ", report.PagesByPipeline.Where(p => p.Value > 0).Select(p => $"{p.Key.ToLowerInvariant()} {p.Value}")));
        var warnings = report.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (warnings > 0) Console.WriteLine($"  {warnings} warning(s)");
    }

    /// <summary>An exhausted memory, also when a parallel step or a task reports it inside an aggregate.</summary>
    private static bool OutOfMemory(Exception e) => e switch
    {
        OutOfMemoryException or InsufficientMemoryException => true,
        AggregateException all => all.Flatten().InnerExceptions.Any(OutOfMemory),
        { InnerException: { } inner } => OutOfMemory(inner),
        _ => false,
    };

    /// <summary>Runs a build step and turns every way it can fail into diagnostics and exit code 1.</summary>
    public static int Run(Func<SiteBuilder.Report> step, string verb)
    {
        try
        {
            var report = step();
            Diagnostics(report.Diagnostics);
            Summary(verb, report);
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 130; // interrupted: the signal handler has said what was left
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (BuildFailedException e)
        {
            Diagnostics(e.Diagnostics);
            var errors = e.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"Build failed: {errors} error(s). The output folder was not changed.");
            return 1;
        }
        catch (Exception e) when (OutOfMemory(e))
        {
            var limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);
            Console.Error.WriteLine($"error: the build ran out of memory (it may use {limit:N0} MB here).");
            Console.Error.WriteLine("  hint: close other programs or give the build more memory (a container's limit, DOTNET_GCHeapHardLimit), then build again.");
            Console.Error.WriteLine("Build failed. The output folder was not changed.");
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("Build failed. The output folder was not changed.");
            return 1;
        }
    }
}
