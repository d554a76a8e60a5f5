using System.Diagnostics;

namespace Site.Generator.Build;

/// <summary>
/// Wall time of each phase of a build, in order, for <c>site build --timings</c> and the benchmark, with the CPU time
/// the whole process spent meanwhile: a phase whose CPU time is near its wall time kept only one core busy.
/// </summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Elapsed, TimeSpan Cpu)> _phases = new();

    public IReadOnlyList<(string Phase, TimeSpan Elapsed, TimeSpan Cpu)> Phases => _phases;

    /// <summary>Time spent in each pipeline, from the last render.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Pipelines { get; internal set; } = new Dictionary<string, TimeSpan>();

    public T Measure<T>(string phase, Func<T> step)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        try { return step(); }
        finally { lock (_phases) _phases.Add((phase, Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu)); }
    }

    public void Measure(string phase, Action step) => Measure(phase, () => { step(); return 0; });
}
