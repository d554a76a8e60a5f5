using System.IO.Compression;
using System.Xml;
using System.Xml.Schema;

namespace Site.Tests.Interchange;

/// <summary>The REFI-QDA fixtures (tests/fixtures/qda/) and the standard's schemas, for the interchange tests.</summary>
public static class QdaFixtures
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "fixtures", "qda");
    public static string HandBuilt => Path.Combine(Folder, "hand-built");
    public static string HandBuiltQde => File.ReadAllText(Path.Combine(HandBuilt, "project.qde"));
    public static string AtlasTi => Path.Combine(Folder, "atlasti-23-codes.qdpx");
    public static string Taguette => Path.Combine(Folder, "taguette-codebook.qdc");

    /// <summary>A .qdpx of the hand-built project, with its project.qde replaced by <paramref name="qde"/> when given.</summary>
    public static string Archive(TempFolder temp, string name = "project.qdpx", string? qde = null, Action<ZipArchive>? more = null)
    {
        var path = temp[name];
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "project.qde", qde ?? HandBuiltQde);
        foreach (var file in Directory.GetFiles(Path.Combine(HandBuilt, "sources")))
            zip.CreateEntryFromFile(file, "sources/" + Path.GetFileName(file));
        more?.Invoke(zip);
        return path;
    }

    public static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new System.Text.UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>Validates XML against Project-mrt2019.xsd or Codebook.xsd with .NET's own validator: no external tool needed.</summary>
    public static List<string> SchemaErrors(byte[] xml, bool codebook = false)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(codebook ? "urn:QDA-XML:codebook:1.0" : "urn:QDA-XML:project:1.0", Path.Combine(Folder, codebook ? "Codebook.xsd" : "Project-mrt2019.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read()) { }
        return errors;
    }

    public static byte[] Entry(string qdpx, string name)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
