using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Model;

namespace Site.Tests.SiteOutput;

/// <summary>The input data, read with the generator's own loader: what the output is checked against.</summary>
public static class StudyData
{
    private static readonly Lazy<StudyModel> Thesis = new(() => Load(Repository.Input));

    public static StudyModel ThesisModel => Thesis.Value;

    public static StudyModel Load(string input)
    {
        var diagnostics = new DiagnosticBag();
        var model = new StudyLoader(input, diagnostics, Repository.Root).Load();
        diagnostics.ThrowIfErrors();
        return model ?? throw new InvalidOperationException($"Could not load the study in {input}.");
    }
}
