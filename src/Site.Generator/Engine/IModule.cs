namespace Site.Generator.Engine;

/// <summary>One small step of a pipeline: takes documents, returns documents. Modules know nothing of each other.</summary>
public interface IModule
{
    IEnumerable<PipelineDocument> Execute(IReadOnlyList<PipelineDocument> inputs, PipelineContext context);
}

/// <summary>A module from a function, for steps too small for a class of their own.</summary>
public sealed class FunctionModule(Func<IReadOnlyList<PipelineDocument>, PipelineContext, IEnumerable<PipelineDocument>> execute) : IModule
{
    public IEnumerable<PipelineDocument> Execute(IReadOnlyList<PipelineDocument> inputs, PipelineContext context) => execute(inputs, context);
}
