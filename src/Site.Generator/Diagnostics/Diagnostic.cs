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
        var text = $"{file}:{Location.Line}:{Location.Column}: {severity} {Code}: {Printable(Message)}";
        return Hint is null ? text : $"{text}\n  hint: {Printable(Hint)}";
    }

    /// <summary>The most characters a message or a hint prints: they echo input, which may be a 5 MB scalar.</summary>
    public const int MostPrinted = 1000;

    /// <summary>
    /// A text as one bounded line: control characters escaped (a value with a line break must not print what reads
    /// as a diagnostic of its own), and a long text cut in its middle, saying how much was left out.
    /// </summary>
    public static string Printable(string text)
    {
        var escaped = text.Any(char.IsControl)
            ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))
            : text;
        if (escaped.Length <= MostPrinted) return escaped;
        int head = (MostPrinted - 40) / 2, tail = head;
        if (char.IsHighSurrogate(escaped[head - 1])) head--; // never half a character
        if (char.IsLowSurrogate(escaped[^tail])) tail--;
        return $"{escaped[..head]} …({escaped.Length - head - tail} characters left out)… {escaped[^tail..]}";
    }

    public override string ToString() => Format();
}
