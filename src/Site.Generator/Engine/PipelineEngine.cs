using System.Collections.Concurrent;
using Site.Generator.Diagnostics;

namespace Site.Generator.Engine;

/// <summary>
/// Runs pipelines in dependency order, independent ones in parallel, and hands every document to be written to
/// the output sink (as soon as it is finished, or at the latest when its pipeline's phase ends). Returns what the
/// sink kept of them, sorted by destination so that the result never depends on thread timing.
/// </summary>
public sealed class PipelineEngine(DiagnosticBag diagnostics, IOutputSink? output = null, CancellationToken cancel = default)
{
    private readonly IOutputSink _output = output ?? new InMemorySink();

    public sealed record Result(IReadOnlyList<PipelineDocument> Documents, IReadOnlyDictionary<string, IReadOnlyList<PipelineDocument>> ByPipeline, IReadOnlyDictionary<string, TimeSpan> Timings);

    public Result Run(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            throw new InvalidOperationException($"Pipeline {pipeline.Name} depends on {dependency}, which does not exist.");
        CheckForCycles(pipelines, byName);

        var processed = new ConcurrentDictionary<string, IReadOnlyList<PipelineDocument>>(StringComparer.Ordinal);
        var timings = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        Task Schedule(Pipeline pipeline)
        {
            if (tasks.TryGetValue(pipeline.Name, out var existing)) return existing;
            var dependencies = pipeline.Dependencies.Order(StringComparer.Ordinal).Select(d => Schedule(byName[d])).ToArray();
            var task = Task.WhenAll(dependencies).ContinueWith(_ =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var visible = pipeline.Dependencies.ToDictionary(d => d, d => processed[d], StringComparer.Ordinal);
                var context = new PipelineContext(pipeline.Name, visible, diagnostics, pipeline.WritesOutput ? _output : null, cancel);
                var documents = RunModules(pipeline.InputModules.Concat(pipeline.ProcessModules), [], context);
                processed[pipeline.Name] = pipeline.WritesOutput ? DeliverAll(documents) : documents;
                timings[pipeline.Name] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            tasks[pipeline.Name] = task;
            return task;
        }
        foreach (var pipeline in pipelines) Schedule(pipeline);
        WaitAll(tasks.Values);

        // Post-process: every pipeline may now see every other's documents.
        var all = processed.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var final = new ConcurrentDictionary<string, IReadOnlyList<PipelineDocument>>(StringComparer.Ordinal);
        Parallel.ForEach(pipelines, pipeline =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var context = new PipelineContext(pipeline.Name, all, diagnostics, pipeline.WritesOutput ? _output : null, cancel);
            var documents = RunModules(pipeline.PostProcessModules, processed[pipeline.Name], context);
            final[pipeline.Name] = pipeline.WritesOutput ? DeliverAll(documents) : documents;
            if (pipeline.PostProcessModules.Count > 0) timings[pipeline.Name + " (post)"] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        });

        var written = pipelines.Where(p => p.WritesOutput).SelectMany(p => final[p.Name]).OrderBy(d => d.Destination, StringComparer.Ordinal).ToList();
        for (var i = 1; i < written.Count; i++)
            if (written[i].Destination == written[i - 1].Destination)
                throw new InvalidOperationException($"Two documents want the same file: {written[i].Destination}");
        return new Result(written, final, timings);
    }

    /// <summary>Delivers the documents a pipeline's modules did not deliver themselves (in parallel: they are files to write).</summary>
    private IReadOnlyList<PipelineDocument> DeliverAll(IReadOnlyList<PipelineDocument> documents)
    {
        var delivered = new PipelineDocument[documents.Count];
        Parallel.For(0, documents.Count, i => delivered[i] = documents[i].Delivered ? documents[i] : _output.Accept(documents[i]));
        return delivered;
    }

    private static IReadOnlyList<PipelineDocument> RunModules(IEnumerable<IModule> modules, IReadOnlyList<PipelineDocument> documents, PipelineContext context)
    {
        foreach (var module in modules) documents = module.Execute(documents, context).ToList();
        return documents;
    }

    private static void WaitAll(IEnumerable<Task> tasks)
    {
        try { Task.WaitAll(tasks.ToArray()); }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // Surface the first real failure, not the continuations cancelled because of it.
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not TaskCanceledException) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private static void CheckForCycles(IReadOnlyList<Pipeline> pipelines, Dictionary<string, Pipeline> byName)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        void Visit(Pipeline pipeline, Stack<string> path)
        {
            if (state.GetValueOrDefault(pipeline.Name) == 2) return;
            if (state.GetValueOrDefault(pipeline.Name) == 1)
                throw new InvalidOperationException($"Pipelines depend on each other in a circle: {string.Join(" → ", path.Reverse())} → {pipeline.Name}");
            state[pipeline.Name] = 1;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies) Visit(byName[dependency], path);
            path.Pop();
            state[pipeline.Name] = 2;
        }
        foreach (var pipeline in pipelines) Visit(pipeline, new Stack<string>());
    }
}
