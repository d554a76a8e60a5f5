namespace Site.Generator.Diagnostics;

/// <summary>Collects every problem of a run, so that an author sees all of them at once, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList(); }
    }

    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }

    public void Add(Diagnostic diagnostic) { lock (_gate) _items.Add(diagnostic); }

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Error, code, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Warning, code, message, hint));

    /// <summary>Throws when errors were collected: used between stages that cannot go on with broken input.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors) throw new BuildFailedException(Items);
    }
}

/// <summary>The build stopped because the input has errors; the diagnostics say which.</summary>
public sealed class BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The build failed with {diagnostics.Count(d => d.Severity == Severity.Error)} error(s).")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
