using System.Diagnostics;

namespace Site.Generator.Build;

/// <summary>Wall time of each phase of a build, in order, for <c>site build --timings</c> and the benchmark.</summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = new();

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    /// <summary>Time spent in each pipeline, from the last render.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Pipelines { get; internal set; } = new Dictionary<string, TimeSpan>();

    public T Measure<T>(string phase, Func<T> step)
    {
        var started = Stopwatch.GetTimestamp();
        try { return step(); }
        finally { lock (_phases) _phases.Add((phase, Stopwatch.GetElapsedTime(started))); }
    }

    public void Measure(string phase, Action step) => Measure(phase, () => { step(); return 0; });
}
