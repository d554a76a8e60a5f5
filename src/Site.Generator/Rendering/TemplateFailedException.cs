using Site.Generator.Diagnostics;

namespace Site.Generator.Rendering;

/// <summary>A template failed while rendering; the diagnostic says where in the theme.</summary>
public sealed class TemplateFailedException(Diagnostic diagnostic) : Exception(diagnostic.Format())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
