using System.IO.Compression;
using System.Text;
using Site.Generator.Diagnostics;
using Site.Generator.Interchange;

namespace Site.Tests.Interchange;

/// <summary>
/// Bad and hostile input gets a located diagnostic with a code, never a stack trace, and the study folder is not
/// created: a zip that is not a zip, zip slip, zip bombs, DTDs and external entities, invalid UTF-8, selections outside
/// their source, unknown GUID references.
/// </summary>
public sealed class HostileArchiveTests
{
    private static (StudyImporter.Result Result, string Into) Import(TempFolder temp, string file, ArchiveLimits? limits = null)
    {
        var into = temp["study"];
        if (limits is not null)
        {
            var diagnostics = new DiagnosticBag();
            var project = QdaReader.Read(file, Path.GetFileName(file), diagnostics, limits);
            Assert.Null(project);
            return (new StudyImporter.Result(null, diagnostics.Items, false), into);
        }
        var result = new StudyImporter(file, into, new ImportOptions(), Repository.Theme).Run(dryRun: false, force: false, displayRoot: temp.Path);
        return (result, into);
    }

    private static Diagnostic Single(StudyImporter.Result result, string code)
    {
        Assert.True(result.Failed);
        Assert.False(result.Written);
        return Assert.Single(result.Diagnostics, d => d.Code == code && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_with_QDA001()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["broken.qdpx"], "PK this is not really a zip archive");
        var (result, into) = Import(temp, temp["broken.qdpx"]);
        var error = Single(result, "QDA001");
        Assert.Equal("broken.qdpx:1:1", $"{error.Location.File}:{error.Location.Line}:{error.Location.Column}");
        Assert.False(Directory.Exists(into));
    }

    [Theory]
    [InlineData("../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("sources/../../x.txt")]
    [InlineData("C:/Windows/evil.txt")]
    public void An_entry_that_leaves_the_archive_folder_makes_it_refused(string entry)
    {
        using var temp = new TempFolder();
        var file = QdaFixtures.Archive(temp, more: zip => QdaFixtures.Add(zip, entry, "payload"));
        var (result, into) = Import(temp, file);
        Assert.Contains("zip slip", Single(result, "QDA003").Message);
        Assert.False(Directory.Exists(into));
        Assert.False(File.Exists(Path.Combine(temp.Path, "..", "outside.txt")));
    }

    [Fact]
    public void An_entry_that_inflates_past_the_entry_limit_is_a_zip_bomb()
    {
        using var temp = new TempFolder();
        var file = QdaFixtures.Archive(temp, more: zip =>
        {
            using var stream = zip.CreateEntry("sources/bomb.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 8; i++) stream.Write(zeros);
        });
        var (result, _) = Import(temp, file, ArchiveLimits.Default with { MaxEntryBytes = 4 << 20 });
        Assert.Contains("zip bomb", Assert.Single(result.Diagnostics, d => d.Code == "QDA004").Message);
    }

    [Fact]
    public void An_entry_with_a_huge_compression_ratio_is_a_zip_bomb_even_under_the_size_limit()
    {
        using var temp = new TempFolder();
        var file = QdaFixtures.Archive(temp, more: zip =>
        {
            using var stream = zip.CreateEntry("sources/ratio.txt", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[3 << 20]);
        });
        var (result, _) = Import(temp, file, ArchiveLimits.Default);
        Assert.Contains("inflates more than 200 to 1", Assert.Single(result.Diagnostics, d => d.Code == "QDA004").Message);
    }

    [Fact]
    public void The_whole_archive_is_bounded_too()
    {
        using var temp = new TempFolder();
        var file = QdaFixtures.Archive(temp, more: zip =>
        {
            for (var n = 0; n < 3; n++) QdaFixtures.Add(zip, $"sources/part{n}.txt", new string('x', 600_000) + Guid.NewGuid());
        });
        var (result, _) = Import(temp, file, ArchiveLimits.Default with { MaxTotalBytes = 1_000_000 });
        Assert.Contains("whole archive", Assert.Single(result.Diagnostics, d => d.Code == "QDA004").Message);
    }

    [Fact]
    public void A_DTD_with_an_external_entity_is_refused_at_its_line()
    {
        using var temp = new TempFolder();
        var qde = QdaFixtures.HandBuiltQde.Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Project [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n", StringComparison.Ordinal)
            .Replace("Hvordan lærerne deler det de har prøvd.", "&secret;", StringComparison.Ordinal);
        var (result, into) = Import(temp, QdaFixtures.Archive(temp, qde: qde));
        var error = Single(result, "QDA006");
        Assert.Equal("project.qdpx/project.qde", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.False(Directory.Exists(into));
    }

    [Fact]
    public void Billion_laughs_is_refused_before_any_expansion()
    {
        using var temp = new TempFolder();
        var qde = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&b;\"/>";
        Single(Import(temp, QdaFixtures.Archive(temp, qde: qde)).Result, "QDA006");
    }

    [Fact]
    public void Invalid_UTF8_in_a_source_text_is_located_in_that_source()
    {
        using var temp = new TempFolder();
        var guid = "051E2B00-0000-4000-8000-000000000001";
        var file = temp["project.qdpx"];
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        {
            QdaFixtures.Add(zip, "project.qde", QdaFixtures.HandBuiltQde);
            var bytes = Encoding.UTF8.GetBytes("Intervjuer: Hei\nLise: Vi m").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("tes hver fredag")).ToArray();
            using var stream = zip.CreateEntry($"sources/{guid}.txt").Open();
            stream.Write(bytes);
        }
        var error = Single(Import(temp, file).Result, "QDA007");
        Assert.Equal($"project.qdpx/sources/{guid}.txt", error.Location.File);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_selection_past_the_end_of_its_source_is_located_at_the_selection()
    {
        using var temp = new TempFolder();
        var qde = QdaFixtures.HandBuiltQde;
        var at = qde.IndexOf("endPosition=\"", qde.IndexOf("Intervju Omar", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = qde.IndexOf('"', at + 13);
        qde = qde[..(at + 13)] + "99999" + qde[end..];
        var error = Single(Import(temp, QdaFixtures.Archive(temp, qde: qde)).Result, "QDA008");
        var line = 1 + qde[..at].Count(c => c == '\n');
        Assert.Equal(line, error.Location.Line);
        Assert.Contains("outside its source 'Intervju Omar'", error.Message);
    }

    [Fact]
    public void A_coding_that_names_an_unknown_code_is_located_at_its_CodeRef()
    {
        using var temp = new TempFolder();
        var qde = QdaFixtures.HandBuiltQde.Replace("<CodeRef targetGUID=\"051E2B00-0000-4000-8000-000000000016\"/>",
            "<CodeRef targetGUID=\"DEADBEEF-0000-4000-8000-000000000016\"/>", StringComparison.Ordinal);
        var error = Single(Import(temp, QdaFixtures.Archive(temp, qde: qde)).Result, "QDA009");
        Assert.Contains("DEADBEEF-0000-4000-8000-000000000016", error.Message);
        Assert.Equal(1 + qde[..qde.IndexOf("DEADBEEF", StringComparison.Ordinal)].Count(c => c == '\n'), error.Location.Line);
    }

    [Fact]
    public void An_archive_without_a_project_qde_says_so()
    {
        using var temp = new TempFolder();
        var file = temp["empty.qdpx"];
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create)) QdaFixtures.Add(zip, "readme.txt", "nothing here");
        Assert.Contains("no project.qde", Single(Import(temp, file).Result, "QDA002").Message);
    }

    [Fact]
    public void Malformed_XML_is_located()
    {
        using var temp = new TempFolder();
        var qde = QdaFixtures.HandBuiltQde.Replace("</CodeBook>", "</Codebook>", StringComparison.Ordinal);
        var error = Single(Import(temp, QdaFixtures.Archive(temp, qde: qde)).Result, "QDA005");
        Assert.True(error.Location.Line > 1);
    }

    [Fact]
    public void The_command_line_prints_diagnostics_not_a_stack_trace_and_exits_1()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["bad.qdpx"], [0x50, 0x4B, 0x03, 0x04, 0x00]);
        var (code, _, error) = SiteCli.Run(temp.Path, "import", "bad.qdpx", "--into", "study");
        Assert.Equal(1, code);
        Assert.Contains("bad.qdpx:1:1: error QDA001:", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(temp["study"]));
    }
}
