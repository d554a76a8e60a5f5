using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Site.Generator.Search;

/// <summary>
/// The explorer's texts, kept out of its data file: what a result card shows and a download writes, in files of
/// a fixed number of items (chunk n holds items n·size to n·size+size−1).
/// </summary>
/// <remarks>
/// A chunk is <c>{"items":[{"u":url,"i":quote id,"h":heading,"x":text,"p":chapter,"n":[section numbers]}]}</c>,
/// empty fields left out. Each chunk is named by a hash of its own contents (data.json lists the names in order), so
/// a reader whose data file is older than the texts gets a missing file, never the words of another item; and an
/// edit renames only the chunks whose contents changed, so the preview rewrites those and keeps the others.
/// </remarks>
public static class ExplorerTexts
{

    /// <summary>Files under the explorer's folder, each named by a hash of its contents; <paramref name="Names"/> in chunk order, without <c>.json</c>.</summary>
    public sealed record Result(string Folder, IReadOnlyList<string> Names, IReadOnlyList<(string Path, string Text)> Files);

    /// <param name="folder">The chunks' folder under the explorer's, e.g. <c>texts/</c>.</param>
    public static Result Chunks(IReadOnlyList<ExplorerItem> items, int size, string folder)
    {
        var texts = items.Chunk(size).Select(chunk => new JsonObject { ["items"] = new JsonArray(chunk.Select(Entry).ToArray()) }.ToJsonString(ExplorerData.Options)).ToList();
        var names = Names(texts);
        return new Result(folder, names, texts.Select((text, n) => (folder + names[n] + ".json", text)).ToList());
    }

    /// <summary>
    /// Each text's name: a short hash of its contents. Two different texts never share a name: should two short
    /// hashes meet, every name is the full hash instead (the same texts always get the same names).
    /// </summary>
    internal static IReadOnlyList<string> Names(IReadOnlyList<string> texts)
    {
        var full = texts.Select(text => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))).ToList();
        var names = full.Select(hash => hash[..12]).ToList();
        var clash = names.Select((name, n) => (name, full[n])).Distinct().GroupBy(p => p.name).Any(g => g.Count() > 1);
        return clash ? full : names;
    }

    private static JsonNode Entry(ExplorerItem item)
    {
        var entry = new JsonObject { ["u"] = item.Url };
        if (item.Id.Length > 0) entry["i"] = item.Id;
        if (item.Heading.Length > 0) entry["h"] = item.Heading;
        if (item.Text.Length > 0) entry["x"] = item.Text;
        if (item.Parent.Length > 0) entry["p"] = item.Parent;
        if (item.Sections.Count > 0) entry["n"] = new JsonArray(item.Sections.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        return entry;
    }

    /// <summary>Reads the address of every item back from the written chunks, in order (the page map needs them).</summary>
    public static IReadOnlyList<string> ReadUrls(string siteDirectory, string explorerFolder)
    {
        var core = JsonNode.Parse(File.ReadAllText(Path.Combine(siteDirectory, explorerFolder, ExplorerData.DataFile)))!;
        var folder = Path.Combine(siteDirectory, ((string)core["texts"]!["folder"]!).TrimStart('/'));
        var count = ((string)core["kinds"]!).Length;
        var size = (int)core["texts"]!["size"]!;
        var names = core["texts"]!["files"]!.AsArray().Select(name => (string)name!).ToList();
        var urls = new List<string>(count);
        for (var n = 0; urls.Count < count; n++)
        {
            var chunk = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, names[n] + ".json")))!;
            urls.AddRange(chunk["items"]!.AsArray().Select(entry => (string)entry!["u"]!));
            if (urls.Count % size != 0 && urls.Count < count) throw new InvalidDataException($"text chunk {n} holds fewer than {size} items");
        }
        return urls;
    }

}
