using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Interchange;

namespace Site.Tests.Interchange;

/// <summary>
/// End to end: an imported project builds into a site with its codes, quotes, sources and cases. The import writes
/// the coding hierarchy of coding.yml (codes: with levels:, quotes with codes: [...]), which the build reads.
/// </summary>
public sealed class ImportedSiteTests
{
    [Fact]
    public void The_hand_built_project_builds_into_a_site_with_its_quotes_codes_and_cases()
    {
        using var temp = new TempFolder();
        var study = ImportTests.ImportHandBuilt(temp);
        var report = new SiteBuilder(BuiltSite.Options(study, temp["out"], searchIndex: false) with { DisplayRoot = temp.Path }).Build();
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var quote = File.ReadAllText(temp["out/sitater/omar-vi-besoker-sorby-skole/index.html"]);
        Assert.Contains("Vi besøker Sørby skole to ganger i året.", quote);
        Assert.Contains("Besøk", quote);
        Assert.Contains("Sørby skole", quote);
    }

    [Fact]
    public void The_thesis_exported_and_imported_builds_the_same_quote_texts()
    {
        using var temp = new TempFolder();
        var read = StudyExporter.Read(Repository.Input);
        StudyExporter.WriteProject(read.Project!, temp["thesis.qdpx"]);
        var result = new StudyImporter(temp["thesis.qdpx"], temp["copy"], new ImportOptions(), Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed);
        var original = new SiteBuilder(BuiltSite.Options(Repository.Input, temp["a"], searchIndex: false)).Build();
        var copy = new SiteBuilder(BuiltSite.Options(temp["copy"], temp["b"], searchIndex: false) with { DisplayRoot = temp.Path }).Build();
        Assert.DoesNotContain(copy.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(original.PagesByPipeline["Quotes"], copy.PagesByPipeline["Quotes"]);
    }
}
