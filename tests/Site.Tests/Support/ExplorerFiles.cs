using System.Text.Json.Nodes;

namespace Site.Tests.Support;

/// <summary>
/// The findings explorer's files in a built site, read back as the browser reads them: data.json (kinds and facet
/// values, no words) and the text chunks it names (the words of <c>size</c> items each, in the same order).
/// </summary>
public sealed class ExplorerFiles
{
    /// <summary>One item: its kind letter (q, f, s, d) and its entry in its text chunk (u url, i id, h heading, x text, …).</summary>
    public sealed record Item(int Number, char Kind, JsonObject Text)
    {
        public string Url => (string)Text["u"]!;
        public string? Words => (string?)Text["x"];
    }

    public JsonObject Data { get; }
    public string TextFolder { get; }
    public int ChunkSize { get; }
    /// <summary>The text chunks' file names in order (hashes of their contents), without <c>.json</c>.</summary>
    public IReadOnlyList<string> ChunkNames { get; }
    public IReadOnlyList<Item> Items { get; }

    public ExplorerFiles(string output)
    {
        Data = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "utforsk", "data.json")))!.AsObject();
        TextFolder = (string)Data["texts"]!["folder"]!;
        ChunkSize = (int)Data["texts"]!["size"]!;
        ChunkNames = Data["texts"]!["files"]!.AsArray().Select(name => (string)name!).ToList();
        var kinds = (string)Data["kinds"]!;
        var items = new List<Item>();
        for (var n = 0; items.Count < kinds.Length; n++)
        {
            var chunk = JsonNode.Parse(File.ReadAllText(ChunkFile(output, n)))!["items"]!.AsArray();
            Assert.True(chunk.Count == ChunkSize || items.Count + chunk.Count == kinds.Length, $"text chunk {n} holds {chunk.Count} items");
            items.AddRange(chunk.Select(entry => new Item(items.Count, kinds[items.Count], entry!.AsObject())));
        }
        Assert.Equal((kinds.Length + ChunkSize - 1) / ChunkSize, ChunkNames.Count); // no chunk past the last item
        Assert.Equal(ChunkNames.Count, Directory.GetFiles(Path.Combine(output, TextFolder.Trim('/'))).Length);
        Items = items;
    }

    /// <summary>The site path of chunk n, e.g. <c>/utforsk/tekster/1a2b3c4d5e6f.json</c>.</summary>
    public string ChunkPath(int n) => $"{TextFolder}{ChunkNames[n]}.json";

    /// <summary>The number of the chunk at a site path.</summary>
    public int ChunkAt(string path)
    {
        var n = ChunkNames.ToList().IndexOf(path[TextFolder.Length..^".json".Length]);
        Assert.True(n >= 0, $"{path} is no text chunk");
        return n;
    }

    private string ChunkFile(string output, int n) => Path.Combine(output, ChunkPath(n).TrimStart('/'));
}
