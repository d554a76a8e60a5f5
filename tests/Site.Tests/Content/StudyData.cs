using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Model;

namespace Site.Tests.Content;

/// <summary>The study as the generator reads it from input/ (loaded, not linked), once for all content tests.</summary>
public static class StudyData
{
    private static readonly Lazy<StudyModel> Loaded = new(Load);

    public static StudyModel Model => Loaded.Value;

    private static StudyModel Load()
    {
        var diagnostics = new DiagnosticBag();
        var model = new StudyLoader(Repository.Input, diagnostics, Repository.Root).Load();
        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        if (model is null || errors.Count > 0)
            throw new InvalidOperationException("input/ does not load: " + string.Join("; ", errors.Select(e => e.ToString())));
        return model;
    }

    public static Code TableDimension(int table) =>
        Model.Dimensions().Single(d => d.Table == table);
}
