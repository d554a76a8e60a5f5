using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Site.Generator.Search;

/// <summary>
/// Which explorer item each Pagefind result is, read from the index Pagefind wrote. A search answers with page ids
/// only; the address lives in a fragment file per page, so mapping every hit of a broad query to the explorer's
/// items would cost a request per hit (about a second for «innovasjon»). This map, written once after indexing,
/// holds each page's item number (its position in the explorer's data) and, for pages that hold items at anchors
/// (chapter sections under their headings, documents under their definition terms), each such item's number and
/// word position, so the explorer can place a hit in its section without fetching anything. Numbers, not
/// addresses: the explorer holds no addresses until it fetches the texts of the results it shows.
/// </summary>
/// <remarks>
/// Format: <c>{"items":["nb_1a2b3c4","",…],"anchored":{"nb_5d6e7f8":[12,13,347,14,422]}}</c>. <c>items</c> has one
/// entry per explorer item: the id of the page that is that item alone, or "" (in item order, which packs tighter
/// than a map from id to item). <c>anchored</c>, sorted by id, holds every other page, those with items at anchors: the
/// page's own item (−1 when it is none, as the document list), then pairs of an anchored item and the word
/// position where it starts, in reading order.
/// </remarks>
public static class PagefindPageMap
{
    private const string Signature = "pagefind_dcd";
    private static readonly HashSet<string> AnchorElements = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6", "dt" };

    public static void Write(string pagefindDirectory, string destination, IReadOnlyList<string> itemUrls)
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < itemUrls.Count; i++) items.TryAdd(itemUrls[i], i);
        var pages = new SortedDictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(pagefindDirectory, "fragment"), "*.pf_fragment"))
        {
            var root = JsonNode.Parse(Decompress(File.ReadAllBytes(file)))!.AsObject();
            if (root.ContainsKey("url")) pages[Path.GetFileNameWithoutExtension(file)] = Entry(root, items);
            else foreach (var (id, fragment) in root) pages[id] = Entry(fragment!.AsObject(), items); // a group of small pages in one file
        }
        var alone = new string[itemUrls.Count];
        Array.Fill(alone, "");
        var anchored = new JsonObject();
        foreach (var (id, entry) in pages)
        {
            if (entry.Count == 1 && (int)entry[0]! is var item and >= 0) alone[item] = id;
            else anchored[id] = entry; // and a page that holds no item at all, as [−1], so the map lists every page
        }
        var map = new JsonObject { ["items"] = new JsonArray(alone.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()), ["anchored"] = anchored };
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.WriteAllText(destination, map.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }));
    }

    private static JsonArray Entry(JsonObject fragment, Dictionary<string, int> items)
    {
        var url = (string)fragment["url"]!;
        var entry = new JsonArray(JsonValue.Create(items.GetValueOrDefault(url, -1)));
        foreach (var anchor in fragment["anchors"]?.AsArray() ?? [])
        {
            if (anchor is null || !AnchorElements.Contains((string?)anchor["element"] ?? "") || anchor["id"] is not { } id) continue;
            if (!items.TryGetValue($"{url}#{(string)id!}", out var item)) continue; // a heading that is no item of its own
            entry.Add(JsonValue.Create(item));
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
