using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Site.Generator.Search;

/// <summary>
/// Which page each Pagefind result is, read from the index Pagefind wrote. A search answers with page ids only;
/// the address lives in a fragment file per page, so mapping every hit of a broad query to the explorer's items
/// would cost a request per hit (about a second for «innovasjon»). This map, written once after indexing, holds
/// each page's address and the word positions of its headings and definition terms (the anchors of chapter
/// sections and documents), so the explorer can place a hit in its section without fetching anything.
/// </summary>
/// <remarks>Format: <c>{"pages":{"nb_1a2b3c4":["/kapitler/4/","4-1",347,"4-1-1",422]}}</c>, sorted by id.</remarks>
public static class PagefindPageMap
{
    private const string Signature = "pagefind_dcd";
    private static readonly HashSet<string> AnchorElements = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6", "dt" };

    public static void Write(string pagefindDirectory, string destination)
    {
        var pages = new SortedDictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(pagefindDirectory, "fragment"), "*.pf_fragment"))
        {
            var root = JsonNode.Parse(Decompress(File.ReadAllBytes(file)))!.AsObject();
            if (root.ContainsKey("url")) pages[Path.GetFileNameWithoutExtension(file)] = Entry(root);
            else foreach (var (id, fragment) in root) pages[id] = Entry(fragment!.AsObject()); // a group of small pages in one file
        }
        var map = new JsonObject();
        foreach (var (id, entry) in pages) map[id] = entry;
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.WriteAllText(destination, new JsonObject { ["pages"] = map }.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }));
    }

    private static JsonArray Entry(JsonObject fragment)
    {
        var entry = new JsonArray(JsonValue.Create((string)fragment["url"]!));
        foreach (var anchor in fragment["anchors"]?.AsArray() ?? [])
        {
            if (anchor is null || !AnchorElements.Contains((string?)anchor["element"] ?? "") || anchor["id"] is not { } id) continue;
            entry.Add(JsonValue.Create((string)id!));
            entry.Add(JsonValue.Create((int)anchor["location"]!));
        }
        return entry;
    }

    private static string Decompress(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        var text = Encoding.UTF8.GetString(output.ToArray());
        if (!text.StartsWith(Signature, StringComparison.Ordinal)) throw new InvalidDataException("Not a Pagefind fragment: missing its signature.");
        return text[Signature.Length..];
    }
}
