using Scriban;
using Scriban.Syntax;

namespace Site.Generator.Rendering;

/// <summary>
/// Finds the partials whose output depends only on their model and on what is the same for every page of a
/// build (<c>t</c>, <c>site</c>, functions): such a partial, called again with the same model, gives the same HTML,
/// so it is drawn once per model (<see cref="PartialMemo"/>). A quote card stands on a hundred pages of a large
/// study; it is drawn once. The test is conservative: any other variable (<c>page</c>, a layout's own variables),
/// a <c>with</c>, a function definition, or a partial named by an expression makes a partial not pure.
/// </summary>
public static class PurePartials
{
    private static readonly HashSet<string> BuildConstants = new(StringComparer.Ordinal) { "model", "t", "site" };

    /// <param name="partials">Parsed partials by name.</param>
    /// <param name="functions">Names of functions templates may call; <c>date</c> is never pure (date.now).</param>
    public static HashSet<string> Find(IReadOnlyDictionary<string, Template> partials, IEnumerable<string> functions)
    {
        var allowed = new HashSet<string>(BuildConstants.Concat(functions).Where(f => f != "date"), StringComparer.Ordinal);
        var dependencies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, template) in partials)
            if (template.Page is { } page && Dependencies(page, allowed) is { } uses) dependencies[name] = uses;
        // A partial that calls partials is pure only if they all are: drop the rest until nothing changes.
        bool changed;
        do
        {
            changed = false;
            foreach (var name in dependencies.Keys.ToList())
                if (dependencies[name].Any(d => !dependencies.ContainsKey(d))) { dependencies.Remove(name); changed = true; }
        } while (changed);
        return dependencies.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The partials a template calls, or null if it reads anything but its model and the build's constants.</summary>
    private static HashSet<string>? Dependencies(ScriptNode root, HashSet<string> allowed)
    {
        var nodes = new List<ScriptNode>();
        Collect(root, nodes);
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var calls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ScriptWithStatement or ScriptFunction:
                    return null;
                case ScriptForStatement { Variable: ScriptVariable loop }:
                    bound.Add(loop.Name);
                    break;
                case ScriptAssignExpression { Target: ScriptVariable target }:
                    bound.Add(target.Name);
                    break;
                case ScriptCaptureStatement { Target: ScriptVariable target }:
                    bound.Add(target.Name);
                    break;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "partial" } } call:
                    if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string partial }) return null;
                    calls.Add(partial);
                    break;
            }
        }
        // Every variable read is the model, a build constant, a function, or one the partial sets itself.
        // A member name (model.url: url) is a ScriptVariable too, but it names no variable.
        var members = nodes.OfType<ScriptMemberExpression>().Select(m => m.Member).ToHashSet();
        foreach (var variable in nodes.OfType<ScriptVariable>().Where(v => !members.Contains(v)))
            if (variable is not (ScriptVariableGlobal or ScriptVariableLocal) || !allowed.Contains(variable.Name) && !bound.Contains(variable.Name))
                return null;
        return calls;
    }

    private static void Collect(ScriptNode? node, List<ScriptNode> into)
    {
        if (node is null) return;
        into.Add(node);
        foreach (var child in node.Children) Collect(child, into);
    }
}
