using System.CommandLine;
using Site.Generator.Build;

namespace Site.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var timings = new Option<bool>("--timings") { Description = "Print where the time went: each phase, and each pipeline of the render phase" };
        var command = new Command("build", "Build the site into the output folder (atomically: a failed build changes nothing).");
        options.AddTo(command, SiteOptions.Documents.Default);
        command.Options.Add(timings);
        command.SetAction(result =>
        {
            var builder = new SiteBuilder(options.Read(result, defaultBaseUrl: null));
            using var interruption = new Interruption(() => builder.Committed());
            var code = Reporter.Run(() => builder.Build(cancel: interruption.Token), "Built");
            if (code == 0 && result.GetValue(timings)) PrintTimings(builder.Timings);
            return code;
        });
        return command;
    }

    internal static void PrintTimings(PhaseTimings timings)
    {
        Console.WriteLine("Phases (ms; CPU ms of the whole process meanwhile):");
        foreach (var (phase, elapsed, cpu) in timings.Phases) Console.WriteLine($"  {phase,-14} {elapsed.TotalMilliseconds,8:F0}  (CPU {cpu.TotalMilliseconds:F0})");
        // Pipelines run in parallel, so their times overlap and add up to more than the render phase.
        Console.WriteLine("Pipelines (ms, overlapping):");
        foreach (var (name, elapsed) in timings.Pipelines.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {name,-22} {elapsed.TotalMilliseconds,8:F0}");
        // The runtime's own share: time every thread stood still for the garbage collector, and how often it ran.
        Console.WriteLine($"GC: paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB");
    }
}
