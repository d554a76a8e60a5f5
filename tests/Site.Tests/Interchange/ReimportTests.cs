using Site.Generator.Interchange;

namespace Site.Tests.Interchange;

/// <summary>
/// A second import after more coding adds, updates and retires quotes and codes, and keeps what the author wrote
/// by hand: keys added to imported items, items written by hand, other files, and ids the author chose.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ReimportTests
{
    private static string Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return text;
    }

    /// <summary>The project after more coding: one selection gone, one coded, one code renamed.</summary>
    private static string ChangedProject()
    {
        var qde = QdaFixtures.HandBuiltQde;
        var gone = qde.IndexOf("<PlainTextSelection guid=\"051E2B00-0000-4000-8000-00000000012E\"", StringComparison.Ordinal);
        var end = qde.IndexOf("</PlainTextSelection>", gone, StringComparison.Ordinal) + "</PlainTextSelection>".Length;
        qde = qde[..gone] + qde[end..];
        qde = qde.Replace("name=\"Besøk\"", "name=\"Besøk hos andre skoler\"", StringComparison.Ordinal);
        var uncoded = qde.IndexOf("guid=\"051E2B00-0000-4000-8000-000000000131\"", StringComparison.Ordinal);
        var close = qde.IndexOf("</PlainTextSelection>", uncoded, StringComparison.Ordinal);
        return qde[..close] + "  <Coding guid=\"051E2B00-0000-4000-8000-000000000999\"><CodeRef targetGUID=\"051E2B00-0000-4000-8000-000000000015\"/></Coding>\n      " + qde[close..];
    }

    [Fact]
    public void Hand_edits_are_kept_and_the_changes_of_the_project_applied()
    {
        using var temp = new TempFolder();
        var study = ImportTests.ImportHandBuilt(temp);
        string P(string relative) => Path.Combine(study, relative);

        // The author works on the imported study.
        Edit(P("coding.yml"), "    title: \"Deling av erfaringer\"\n", "    title: \"Deling av erfaringer\"\n    section: \"2.1\"\n");
        Edit(P("quotes/imported.yml"), "  codes: [faste-moter]\n", "  codes: [faste-moter]\n  table: 2\n");
        File.AppendAllText(P("quotes/imported.yml"), "- id: lise-skrevet-for-hand\n  text: \"Det er det viktigste vi gjør.\"\n  speaker: lise\n  codes: [faste-moter]\n");
        Edit(P("informants.yml"), "  case: nordby-skole\n", "  case: nordby-skole\n  evidence: \"Lise sier selv at hun er fra Nordby.\"\n");
        Edit(P("qda-ids.yml"), "\"omar-vi-besoker-sorby-skole\"", "\"omar-besok\"");
        Edit(P("quotes/imported.yml"), "- id: omar-vi-besoker-sorby-skole\n", "- id: omar-besok\n");
        Directory.CreateDirectory(P("findings"));
        File.WriteAllText(P("findings/funn.yml"), "- id: funn\n  title: Skolene deler\n");
        var study0 = File.ReadAllText(P("study.yml"));

        var changed = QdaFixtures.Archive(temp, "v2.qdpx", ChangedProject());
        var importer = new StudyImporter(changed, study, ImportTests.Named, Repository.Theme);

        // Without --force the study is not touched; a dry run shows the changes and writes nothing.
        var before = Snapshot(study);
        var refused = importer.Run(dryRun: false, force: false, displayRoot: temp.Path);
        Assert.Contains(refused.Diagnostics, d => d.Code == "QDA050");
        var dry = importer.Run(dryRun: true, force: false, displayRoot: temp.Path);
        Assert.False(dry.Failed);
        var lines = string.Join("\n", dry.Report!.Lines());
        Assert.Contains("quotes: 1 new", lines);
        Assert.Contains("quotes: 1 retired (lise-da-skriver-vi-det), their pages redirect", lines);
        Assert.Contains("update quotes/imported.yml", lines);
        Assert.Equal(before, Snapshot(study));

        var applied = importer.Run(dryRun: false, force: true, displayRoot: temp.Path);
        Assert.True(applied.Written, string.Join("\n", applied.Diagnostics));

        var coding = File.ReadAllText(P("coding.yml"));
        Assert.Contains("  - id: deling-av-erfaringer\n    title: \"Deling av erfaringer\"\n    section: \"2.1\"", coding);
        Assert.Contains("      - id: besok\n        title: \"Besøk hos andre skoler\"", coding); // renamed, same id and page
        var quotes = File.ReadAllText(P("quotes/imported.yml"));
        Assert.Contains("  codes: [faste-moter]\n  table: 2\n", quotes);
        Assert.Contains("- id: lise-skrevet-for-hand\n", quotes);
        Assert.Contains("- id: omar-besok\n  text: \"Vi besøker Sørby skole to ganger i året.\"", quotes);
        Assert.Contains("text: \"Der ser vi hvordan de bruker lesekurs.\"", quotes);
        Assert.DoesNotContain("lise-da-skriver-vi-det", quotes);
        Assert.Contains("evidence: \"Lise sier selv at hun er fra Nordby.\"", File.ReadAllText(P("informants.yml")));
        Assert.Equal("- id: funn\n  title: Skolene deler\n", File.ReadAllText(P("findings/funn.yml")));
        Assert.Equal(study0, File.ReadAllText(P("study.yml")));
        Assert.Contains("- from: /sitater/lise-da-skriver-vi-det/\n  to: /sitater/\n", File.ReadAllText(P("redirects.yml")));
        Assert.Contains("quotes: [lise-da-skriver-vi-det]", File.ReadAllText(P("qda-ids.yml")));

        // The same project again changes nothing.
        var again = importer.Run(dryRun: true, force: false, displayRoot: temp.Path);
        Assert.DoesNotContain(again.Report!.Changes, c => c.StartsWith("update", StringComparison.Ordinal) || c.StartsWith("create", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_import_leaves_the_study_as_it_was()
    {
        using var temp = new TempFolder();
        var study = ImportTests.ImportHandBuilt(temp);
        var before = Snapshot(study);
        var broken = QdaFixtures.Archive(temp, "broken.qdpx", QdaFixtures.HandBuiltQde.Replace("endPosition=\"", "endPosition=\"9", StringComparison.Ordinal));
        var result = new StudyImporter(broken, study, ImportTests.Named, Repository.Theme).Run(false, force: true, displayRoot: temp.Path);
        Assert.True(result.Failed);
        Assert.Equal(before, Snapshot(study));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".study.*"));
    }

    private static string Snapshot(string folder) => string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(folder, f) + "\n" + File.ReadAllText(f)));
}
