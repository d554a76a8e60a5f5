using Site.Generator.Diagnostics;
using Site.Generator.Interchange;
using Site.Generator.Loading;
using Site.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Interchange;

/// <summary>
/// The thesis exported as a REFI-QDA project validates against the standard's schema, and imported again into a new
/// folder it keeps every quote (word for word), every code with its place in the hierarchy, every speaker and case.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ThesisRoundTripTests
{
    private static StudyModel Thesis()
    {
        var diagnostics = new DiagnosticBag();
        var model = new StudyLoader(Repository.Input, diagnostics).Load()!;
        Assert.False(diagnostics.HasErrors);
        return model;
    }

    private static string Export(TempFolder temp, string name = "thesis.qdpx")
    {
        var read = StudyExporter.Read(Repository.Input);
        Assert.NotNull(read.Project);
        Assert.Empty(read.Warnings); // every quote was found in the source text
        StudyExporter.WriteProject(read.Project!, temp[name]);
        StudyExporter.WriteCodebook(read.Project!, temp[Path.ChangeExtension(name, ".qdc")]);
        return temp[name];
    }

    [Fact]
    public void The_export_validates_against_the_project_and_codebook_schemas_and_is_byte_identical_each_time()
    {
        using var temp = new TempFolder();
        var file = Export(temp);
        Assert.Empty(QdaFixtures.SchemaErrors(QdaFixtures.Entry(file, "project.qde")));
        Assert.Empty(QdaFixtures.SchemaErrors(File.ReadAllBytes(temp["thesis.qdc"]), codebook: true));
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Export(temp, "again.qdpx")));
    }

    [Fact]
    public void Every_quote_code_speaker_and_case_of_the_thesis_survives_export_and_import()
    {
        using var temp = new TempFolder();
        var thesis = Thesis();
        var result = new StudyImporter(Export(temp), temp["copy"], new ImportOptions(), Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));

        var coding = (YamlMappingNode)Load(temp["copy/coding.yml"]);
        var codeTitles = new Dictionary<string, (string Title, string? Parent)>(StringComparer.Ordinal);
        Walk(YamlTree.Get(coding, "codes"), null, codeTitles);
        var expectedCodes = thesis.Dimensions().Select(d => (d.Title, (string?)null))
            .Concat(thesis.Dimensions().SelectMany(d => d.Codes.Select(t => (t.Title, (string?)d.Title)))).Order().ToList();
        Assert.Equal(expectedCodes, codeTitles.Values.Select(v => (v.Title, v.Parent is null ? null : codeTitles[v.Parent].Title)).Order().ToList());
        Assert.Equal(2, YamlTree.Items(YamlTree.Get(coding, "levels")).Count());

        var speakers = YamlTree.Items(Load(temp["copy/informants.yml"])).ToDictionary(m => YamlTree.Scalar(m, "id")!, StringComparer.Ordinal);
        var cases = YamlTree.Items(YamlTree.Get((YamlMappingNode)Load(temp["copy/cases.yml"]), "cases")).ToDictionary(m => YamlTree.Scalar(m, "id")!, m => YamlTree.Scalar(m, "name")!, StringComparer.Ordinal);
        Assert.Equal(thesis.Cases.Select(c => c.Name).Order(), cases.Values.Order());
        Assert.Equal(thesis.Informants.Select(i => (i.Name, i.Kind.ToString().ToLowerInvariant())).Order(),
            speakers.Values.Select(s => (YamlTree.Scalar(s, "name")!, YamlTree.Scalar(s, "kind")!)).Order());

        string? CaseName(string? id) => id is null ? null : cases[id];
        var imported = YamlTree.Items(Load(temp["copy/quotes/imported.yml"])).Select(q =>
        {
            var speaker = speakers[YamlTree.Scalar(q, "speaker")!];
            var codes = ((YamlSequenceNode)YamlTree.Get(q, "codes")!).Children.Select(c => codeTitles[((YamlScalarNode)c).Value!].Title);
            return (Text: YamlTree.Scalar(q, "text")!, Codes: string.Join("|", codes), Speaker: YamlTree.Scalar(speaker, "name")!,
                Case: CaseName(YamlTree.Scalar(q, "case") ?? YamlTree.Scalar(speaker, "case")), Note: YamlTree.Scalar(q, "note"));
        }).Order().ToList();
        var themes = thesis.Themes().ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
        var informants = thesis.Informants.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var expected = thesis.Quotes.Select(q => (Text: q.Text, Codes: themes[q.ThemeId()], Speaker: informants[q.SpeakerId].Name,
            Case: thesis.Cases.FirstOrDefault(c => c.Id == (q.CaseId ?? informants[q.SpeakerId].CaseId))?.Name, Note: q.Note)).Order().ToList();
        Assert.Equal(124, expected.Count);
        Assert.Equal(expected, imported);
        Assert.Equal(File.ReadAllText(Repository.SourceText), File.ReadAllText(temp["copy/source/thesis.txt"]));
    }

    private static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return stream.Documents[0].RootNode;
    }

    private static void Walk(YamlNode? codes, string? parent, Dictionary<string, (string, string?)> into)
    {
        foreach (var code in YamlTree.Items(codes))
        {
            var id = YamlTree.Scalar(code, "id")!;
            into[id] = (YamlTree.Scalar(code, "title")!, parent);
            Walk(YamlTree.Get(code, "codes"), id, into);
        }
    }
}
