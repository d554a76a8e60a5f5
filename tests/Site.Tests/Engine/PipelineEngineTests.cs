using Site.Generator.Diagnostics;
using Site.Generator.Engine;

namespace Site.Tests.Engine;

/// <summary>The engine runs pipelines after their dependencies, in parallel where it can, with a deterministic result.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class PipelineEngineTests
{
    private sealed class Producer : Pipeline
    {
        private readonly string _name;
        public override string Name => _name;

        public Producer(string name, int count, params string[] dependsOn)
        {
            _name = name;
            Dependencies.UnionWith(dependsOn);
            ProcessModules.Add(new FunctionModule((_, context) =>
            {
                var seen = string.Join(",", dependsOn.Select(d => $"{d}:{context.OutputsOf(d).Count}"));
                // Finish in a scrambled order to show that the result does not depend on timing.
                return Enumerable.Range(0, count).Reverse().AsParallel().Select(i => PipelineDocument.Create($"{name}/{i:D3}.txt") with { Text = seen }).ToList();
            }));
        }
    }

    private static PipelineEngine.Result Run(params Pipeline[] pipelines) =>
        new PipelineEngine(new DiagnosticBag()).Run(pipelines);

    [Fact]
    public void A_pipeline_sees_the_documents_of_its_dependencies()
    {
        var result = Run(new Producer("pages", 3, "data"), new Producer("data", 5));
        Assert.All(result.ByPipeline["pages"], d => Assert.Equal("data:5", d.Text));
    }

    [Fact]
    public void A_pipeline_cannot_read_what_it_does_not_depend_on()
    {
        var sneaky = new Producer("sneaky", 1);
        sneaky.ProcessModules.Add(new FunctionModule((docs, context) => { _ = context.OutputsOf("data"); return docs; }));
        var error = Assert.Throws<InvalidOperationException>(() => Run(sneaky, new Producer("data", 1)));
        Assert.Contains("does not depend on", error.Message);
    }

    [Fact]
    public void Output_is_sorted_by_destination_whatever_the_timing()
    {
        var result = Run(new Producer("b", 50), new Producer("a", 50), new Producer("c", 50, "a", "b"));
        var destinations = result.Documents.Select(d => d.Destination).ToList();
        Assert.Equal(destinations.Order(StringComparer.Ordinal), destinations);
        Assert.Equal(150, destinations.Count);
    }

    [Fact]
    public void Circular_dependencies_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Run(new Producer("a", 1, "b"), new Producer("b", 1, "a")));
        Assert.Contains("circle", error.Message);
    }

    [Fact]
    public void Two_documents_for_one_file_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Run(new Producer("x", 1), new SameFile("y")));
        Assert.Contains("same file", error.Message);
    }

    private sealed class SameFile : Pipeline
    {
        public override string Name { get; }
        public SameFile(string name)
        {
            Name = name;
            ProcessModules.Add(new FunctionModule((_, _) => [PipelineDocument.Create("x/000.txt")]));
        }
    }
}
