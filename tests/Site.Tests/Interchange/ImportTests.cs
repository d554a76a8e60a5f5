using Site.Generator.Interchange;
using Site.Generator.Validation;

namespace Site.Tests.Interchange;

/// <summary>The hand-built project (every element the import reads) and real tools' exports become a study in our format.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ImportTests
{
    public static ImportOptions Named => new() { SpeakerVariable = "Pseudonym", CaseVariable = "Skole" };

    public static string ImportHandBuilt(TempFolder temp, ImportOptions? options = null)
    {
        var result = new StudyImporter(QdaFixtures.Archive(temp), temp["study"], options ?? Named, Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        return temp["study"];
    }

    [Fact]
    public void The_hand_built_fixture_validates_against_the_REFI_QDA_schema()
    {
        Assert.Empty(QdaFixtures.SchemaErrors(File.ReadAllBytes(Path.Combine(QdaFixtures.HandBuilt, "project.qde"))));
    }

    [Fact]
    public void Codes_at_every_depth_become_the_coding_hierarchy_with_descriptions_colours_and_levels_named_by_depth()
    {
        using var temp = new TempFolder();
        var coding = File.ReadAllText(Path.Combine(ImportHandBuilt(temp), "coding.yml"));
        Assert.Contains("levels:\n  - key: kategori\n    singular: \"kategori\"\n    plural: \"kategorier\"\n    path: kategorier\n  - key: kode", coding);
        Assert.Contains("  - key: underkode", coding);
        Assert.Contains("codes:\n  - id: deling-av-erfaringer\n    title: \"Deling av erfaringer\"\n    description: \"Hvordan lærerne deler det de har prøvd.\"\n    color: \"#1f77b4\"\n    codes:\n      - id: moter-pa-tvers", coding);
        Assert.Contains("        codes:\n          - id: faste-moter\n            title: \"Faste møter\"", coding);
        Assert.Contains("color: \"#ff8800\"", coding); // #F80 widened
        Assert.Contains("description: \"Tid er den ressursen lærerne nevner oftest.\"", coding); // a code's memo
    }

    [Fact]
    public void Unnamed_levels_are_named_in_the_studys_language_from_the_theme()
    {
        using var temp = new TempFolder();
        var coding = File.ReadAllText(Path.Combine(ImportHandBuilt(temp, Named with { Language = "nn" }), "coding.yml"));
        Assert.Contains("levels:\n  - key: kategori\n    singular: \"kategori\"\n    plural: \"kategoriar\"\n    path: kategoriar\n  - key: kode\n    singular: \"kode\"\n    plural: \"kodar\"\n    path: kodar", coding);
        Assert.Contains("plural: \"underkodar\"", coding);
        using var english = new TempFolder();
        Assert.Contains("plural: \"categories\"", File.ReadAllText(Path.Combine(ImportHandBuilt(english, Named with { Language = "en" }), "coding.yml")));
    }

    [Fact]
    public void Levels_can_be_named_by_the_researcher()
    {
        using var temp = new TempFolder();
        var options = Named with { Levels = [new LevelName("dimension", "aggregert dimensjon", "aggregerte dimensjoner", "dimensjoner"), new LevelName("theme", "tema", "temaer", "temaer")] };
        var coding = File.ReadAllText(Path.Combine(ImportHandBuilt(temp, options), "coding.yml"));
        Assert.Contains("  - key: dimension\n    singular: \"aggregert dimensjon\"\n    plural: \"aggregerte dimensjoner\"\n    path: dimensjoner\n  - key: theme", coding);
        Assert.Contains("  - key: underkode", coding); // the third level, unnamed, by its depth
    }

    [Fact]
    public void Every_quote_stands_word_for_word_in_its_source_text_with_all_its_codes()
    {
        using var temp = new TempFolder();
        var study = ImportHandBuilt(temp);
        var quotes = File.ReadAllText(Path.Combine(study, "quotes", "imported.yml"));
        var sources = Directory.GetFiles(Path.Combine(study, "source"), "*.txt").Select(File.ReadAllText).ToList();
        var texts = System.Text.RegularExpressions.Regex.Matches(quotes, "  text: \"(.*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, texts.Count);
        foreach (var text in texts) Assert.Contains(sources, s => s.Contains(text, StringComparison.Ordinal));
        // Code points, not UTF-16 units: the emoji after a selection's last word is inside it, nothing past it.
        Assert.Contains("text: \"Vi møtes hver fredag og deler det som har fungert. 😊\"", quotes);
        Assert.Contains("  speaker: omar\n  codes: [besok, moter-pa-tvers]", quotes);
        Assert.Contains("note: \"Lise sier «logg» i entall.\"", quotes);
        Assert.DoesNotContain("lesekurs", quotes); // the uncoded selection
        Assert.Equal(File.ReadAllText(Path.Combine(QdaFixtures.HandBuilt, "sources", "051E2B00-0000-4000-8000-000000000001.txt")),
            File.ReadAllText(Path.Combine(study, "source", "intervju-lise.txt")));
        foreach (var text in texts) Assert.Contains(sources, s => SourceTextCheck.Fold(s).Contains(SourceTextCheck.Fold(text), StringComparison.Ordinal));
    }

    [Fact]
    public void Speakers_and_cases_come_from_the_variables_the_researcher_names()
    {
        using var temp = new TempFolder();
        var study = ImportHandBuilt(temp);
        Assert.Equal("# yaml-language-server: $schema=schema/informants.schema.json\n- id: lise\n  name: \"Lise\"\n  kind: pseudonym\n  case: nordby-skole\n- id: omar\n  name: \"Omar\"\n  kind: pseudonym\n  case: sorby-skole\n",
            File.ReadAllText(Path.Combine(study, "informants.yml")));
        Assert.Contains("  - id: sorby-skole\n    name: \"Sørby skole\"\n    short_name: \"Sørby skole\"", File.ReadAllText(Path.Combine(study, "cases.yml")));
    }

    [Fact]
    public void Without_named_variables_the_project_cases_are_cases_and_each_source_is_a_speaker()
    {
        using var temp = new TempFolder();
        var study = ImportHandBuilt(temp, new ImportOptions { AnonymousSpeakers = true });
        var informants = File.ReadAllText(Path.Combine(study, "informants.yml"));
        Assert.Contains("- id: intervju-lise\n  name: \"Intervju Lise\"\n  kind: anonymous\n  case: lise", informants);
        Assert.Contains("  - id: omar\n    name: \"Omar\"", File.ReadAllText(Path.Combine(study, "cases.yml")));
    }

    [Fact]
    public void Users_are_never_written_and_the_report_says_what_was_skipped_and_why()
    {
        using var temp = new TempFolder();
        var result = new StudyImporter(QdaFixtures.Archive(temp), temp["study"], Named, Repository.Theme).Run(false, false, temp.Path);
        var report = string.Join("\n", result.Report!.Lines());
        Assert.Contains("Imported: 2 cases, 7 codes, 4 quotes, 2 source texts, 2 speakers", report);
        Assert.Contains("skipped 1 selections: they have no code", report);
        Assert.Contains("skipped 1 PDF sources: PDF sources are not imported yet", report);
        Assert.Contains("skipped 1 users: the people who coded are never published", report);
        Assert.Contains("skipped 1 notes: memos of the project", report);
        foreach (var file in Directory.GetFiles(temp["study"], "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("Kari Nordmann", File.ReadAllText(file));
    }

    [Fact]
    public void A_bare_project_qde_with_its_sources_folder_imports_like_the_archive()
    {
        using var temp = new TempFolder();
        var result = new StudyImporter(Path.Combine(QdaFixtures.HandBuilt, "project.qde"), temp["study"], Named, Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(temp["study/source/intervju-lise.txt"]));
    }

    [Fact]
    public void A_real_ATLAS_ti_export_imports_its_code_hierarchy()
    {
        using var temp = new TempFolder();
        Assert.Empty(QdaFixtures.SchemaErrors(QdaFixtures.Entry(QdaFixtures.AtlasTi, "project.qde")));
        var result = new StudyImporter(QdaFixtures.AtlasTi, temp["study"], new ImportOptions { Language = "en" }, Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        var coding = File.ReadAllText(temp["study/coding.yml"]);
        Assert.Contains("  - id: commits\n    title: \"Commits\"\n    codes:\n      - id: 2022-05-10t02-05-59z-19e4dce", coding);
        Assert.Contains("  - key: category\n    singular: \"category\"", coding);
        Assert.Contains("skipped 2 users", string.Join("\n", result.Report!.Lines()));
        Assert.DoesNotContain("Llagostera", string.Concat(Directory.GetFiles(temp["study"], "*", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    /// <summary>
    /// The shape of a real NVivo for Windows 12.6 export, as a public test suite records it (our own words in it):
    /// the text only in <c>sources/GUID.txt</c> behind <c>plainTextPath="internal://GUID.txt"</c>, a rich-text
    /// <c>.docx</c> path the archive does not hold, nested codes, and a selection coded with the inner one.
    /// </summary>
    [Fact]
    public void An_NVivo_shaped_export_imports_its_text_its_nested_codes_and_the_coded_words()
    {
        const string source = "0A6F7E52-1C39-4D7B-9B7E-3E1F5A2C8D01";
        const string text = "We tried the new timetable twice before it stuck.";
        var qde = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="Untitled" origin="NVivo for Windows 12.6" creatingUserGUID="5B0D6C1E-2F44-4C1A-8E2D-7A9B3C4D5E61" creationDateTime="2025-02-21T15:09:07Z" basePath="" xmlns="urn:QDA-XML:project:1.0">
              <Users><User guid="5B0D6C1E-2F44-4C1A-8E2D-7A9B3C4D5E61" name="Coder" /></Users>
              <CodeBook><Codes>
                <Code guid="7C1E2D3F-4A5B-4C6D-8E7F-9A0B1C2D3E41" name="Change" isCodable="true">
                  <Code guid="7C1E2D3F-4A5B-4C6D-8E7F-9A0B1C2D3E42" name="Trying again" isCodable="true" />
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="{source}" name="teacher_one" richTextPath="internal://{source}.docx" plainTextPath="internal://{source}.txt" creationDateTime="2025-06-11T16:24:07Z">
                  <PlainTextSelection guid="8D2F3E4A-5B6C-4D7E-9F8A-0B1C2D3E4F51" name="" startPosition="3" endPosition="32">
                    <Coding guid="9E3A4F5B-6C7D-4E8F-8A9B-1C2D3E4F5A61"><CodeRef targetGUID="7C1E2D3F-4A5B-4C6D-8E7F-9A0B1C2D3E42" /></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """;
        using var temp = new TempFolder();
        var archive = temp["nvivo.qdpx"];
        using (var zip = System.IO.Compression.ZipFile.Open(archive, System.IO.Compression.ZipArchiveMode.Create))
        {
            QdaFixtures.Add(zip, "project.qde", qde);
            QdaFixtures.Add(zip, $"sources/{source}.txt", text);
        }
        Assert.Empty(QdaFixtures.SchemaErrors(System.Text.Encoding.UTF8.GetBytes(qde)));

        var result = new StudyImporter(archive, temp["study"], new ImportOptions { Language = "en" }, Repository.Theme).Run(false, false, temp.Path);

        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        Assert.Equal(text, File.ReadAllText(Directory.GetFiles(temp["study/source"], "*.txt").Single()));
        var quotes = string.Concat(Directory.GetFiles(temp["study/quotes"], "*.yml").Select(File.ReadAllText));
        Assert.Contains($"text: \"{text[3..32]}\"", quotes);
        var coding = File.ReadAllText(temp["study/coding.yml"]);
        Assert.Contains("title: \"Change\"", coding);
        Assert.Contains("title: \"Trying again\"", coding);
        Assert.DoesNotContain("Coder", string.Concat(Directory.GetFiles(temp["study"], "*", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    [Fact]
    public void A_real_Taguette_codebook_imports_though_it_does_not_validate()
    {
        using var temp = new TempFolder();
        // Taguette writes an empty <Sets/>, which the codebook schema does not allow; the import reads it anyway.
        Assert.NotEmpty(QdaFixtures.SchemaErrors(File.ReadAllBytes(QdaFixtures.Taguette), codebook: true));
        var result = new StudyImporter(QdaFixtures.Taguette, temp["study"], new ImportOptions(), Repository.Theme).Run(false, false, temp.Path);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        var coding = File.ReadAllText(temp["study/coding.yml"]);
        Assert.Contains("  - id: interesting\n    title: \"interesting\"", coding);
        Assert.Contains("  - id: interesting-places\n    title: \"interesting\\\\places\"", coding);
        Assert.Contains("  - key: kode", coding); // a flat codebook is one level
        Assert.Equal("# yaml-language-server: $schema=../schema/quote.schema.json\n[]\n", File.ReadAllText(temp["study/quotes/imported.yml"]));
    }

    [Fact]
    public void Sets_can_be_the_top_level()
    {
        using var temp = new TempFolder();
        var coding = File.ReadAllText(Path.Combine(ImportHandBuilt(temp, Named with { SetsAsLevel = true }), "coding.yml"));
        Assert.Contains("codes:\n  - id: hovedfunn\n    title: \"Hovedfunn\"\n    codes:\n      - id: moter-pa-tvers", coding);
        Assert.Contains("  - id: uten-gruppe\n    title: \"Uten gruppe\"", coding);
    }
}
