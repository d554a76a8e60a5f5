namespace Site.Generator.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One problem found in the input, printed like a compiler's:
/// <c>input/quotes/4-1.yml:12:5: error Q004: unknown theme 'kultur'</c>, with an optional hint.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string? Hint = null)
{
    public string Format(string? relativeTo = null)
    {
        var file = Location.File;
        if (relativeTo is not null && Path.IsPathRooted(file))
            file = Path.GetRelativePath(relativeTo, file);
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{file}:{Location.Line}:{Location.Column}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}\n  hint: {Hint}";
    }

    public override string ToString() => Format();
}
