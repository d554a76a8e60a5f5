using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Generator.Rendering;

/// <summary>
/// The templates' <c>partial "name" model</c>, called by Scriban directly: a delegate imported as a function is
/// called through reflection with a new argument array, and pages call partials thousands of times.
/// </summary>
internal sealed class PartialFunction(Func<TemplateContext, string, object?, Html> render) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        render(context, arguments[0] as string ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, "partial needs the partial's name as text"),
            arguments.Count > 1 ? arguments[1] : null);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "model");
}
