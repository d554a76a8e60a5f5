using System.IO.Compression;
using System.Text;

namespace Site.Generator.Documents;

/// <summary>
/// Writes an EPUB 3 container: <c>mimetype</c> first and stored, then the container file, the package document
/// and the content files in the order given, every entry with the same fixed time, so the same content gives the
/// same bytes.
/// </summary>
public static class Epub
{
    public sealed record Item(string Path, byte[] Bytes, string MediaType, string? Properties = null, bool InSpine = false);

    public sealed record Metadata(string Identifier, string Title, string Language, IReadOnlyList<string> Creators, string? Description, string? Publisher, DateTimeOffset Modified, string Date);

    /// <summary>Entries' time: the start of the study's year (the zip format counts from 1980).</summary>
    public static byte[] Write(Metadata metadata, IReadOnlyList<Item> items)
    {
        var time = new DateTimeOffset(Math.Max(1980, metadata.Modified.Year), 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, byte[] bytes, CompressionLevel level)
            {
                var entry = zip.CreateEntry(path, level);
                entry.LastWriteTime = time;
                using var output = entry.Open();
                output.Write(bytes);
            }
            Add("mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression);
            Add("META-INF/container.xml", Encoding.UTF8.GetBytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """), CompressionLevel.Optimal);
            Add("EPUB/package.opf", Encoding.UTF8.GetBytes(Package(metadata, items)), CompressionLevel.Optimal);
            foreach (var item in items) Add("EPUB/" + item.Path, item.Bytes, CompressionLevel.Optimal);
        }
        return stream.ToArray();
    }

    private static string Package(Metadata m, IReadOnlyList<Item> items)
    {
        static string E(string s) => System.Security.SecurityElement.Escape(s);
        var opf = new StringBuilder();
        opf.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\" xml:lang=\"").Append(E(m.Language)).Append("\">\n");
        opf.Append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        opf.Append("    <dc:identifier id=\"id\">").Append(E(m.Identifier)).Append("</dc:identifier>\n");
        opf.Append("    <dc:title>").Append(E(m.Title)).Append("</dc:title>\n");
        opf.Append("    <dc:language>").Append(E(m.Language)).Append("</dc:language>\n");
        foreach (var creator in m.Creators) opf.Append("    <dc:creator>").Append(E(creator)).Append("</dc:creator>\n");
        if (m.Publisher is { Length: > 0 }) opf.Append("    <dc:publisher>").Append(E(m.Publisher)).Append("</dc:publisher>\n");
        if (m.Description is { Length: > 0 }) opf.Append("    <dc:description>").Append(E(m.Description)).Append("</dc:description>\n");
        opf.Append("    <dc:date>").Append(E(m.Date)).Append("</dc:date>\n");
        opf.Append("    <meta property=\"dcterms:modified\">").Append(m.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)).Append("</meta>\n");
        opf.Append("  </metadata>\n  <manifest>\n");
        for (var i = 0; i < items.Count; i++)
            opf.Append("    <item id=\"i").Append(i).Append("\" href=\"").Append(E(items[i].Path)).Append("\" media-type=\"").Append(items[i].MediaType).Append('"')
                .Append(items[i].Properties is { } p ? $" properties=\"{p}\"" : "").Append("/>\n");
        opf.Append("  </manifest>\n  <spine>\n");
        for (var i = 0; i < items.Count; i++)
            if (items[i].InSpine) opf.Append("    <itemref idref=\"i").Append(i).Append("\"/>\n");
        opf.Append("  </spine>\n</package>\n");
        return opf.ToString();
    }
}
