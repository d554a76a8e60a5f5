using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>Scriban's errors as the build's diagnostics, at the theme file's line and column (Scriban counts them from 0).</summary>
internal static class TemplateErrors
{
    /// <summary>Reports each error of a template that did not parse.</summary>
    public static void Report(Template template, DiagnosticBag diagnostics)
    {
        foreach (var message in template.Messages)
            diagnostics.Error(At(message.Span), "TH02", $"template error: {message.Message}");
    }

    /// <summary>A template's failure while rendering, as the exception that stops the page.</summary>
    public static TemplateFailedException Failed(ScriptRuntimeException e) =>
        new(new Diagnostic(At(e.Span), Severity.Error, "TH05", $"template error: {e.OriginalMessage}"));

    private static SourceLocation At(SourceSpan span) => new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
