using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Generator.Rendering;

/// <summary>
/// A built-in function a theme may not call, in place of Scriban's own: calling it fails the render at the call,
/// with the reason and what to use instead. <c>date.now</c> is one: it would make every build's files differ.
/// </summary>
internal sealed class RefusedFunction(string name, string reason) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} is not available to a theme: {reason}");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
}
