using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Site.Generator.Search;

/// <summary>
/// The words the explorer finds an item by without Pagefind: its heading and text, and a quote's speaker, lower-cased
/// as the browser does. Norwegian joins words («innovasjonsarbeidet»), and Pagefind, which matches whole stems,
/// misses such a compound when asked for its first part; so the explorer also looks up every word that starts with
/// the stem of a query word, here. And its typo-tolerant search compares a misspelt word with this vocabulary.
/// </summary>
/// <remarks>
/// Two kinds of file. <c>ord.json</c> is the vocabulary, <c>{"words":[…]}</c> in ordinal order, read only when a
/// query finds nothing. The word index lists, for each word, the items that hold it: <c>{"words":[["arbeid",3,1,7],…]}</c>,
/// the item numbers ascending and each after the first given as the step from the one before. Its words are split
/// into chunks of about <see cref="PostingsPerChunk"/> item numbers, in order, and data.json names the first word of
/// each chunk, so a prefix's words are found in the one or few chunks that hold its range.
/// </remarks>
public static partial class ExplorerWords
{
    public const string VocabularyFile = "ord.json";
    private const string IndexFolder = "ordregister/";
    private const int PostingsPerChunk = 2048;

    public sealed record Index(string Folder, IReadOnlyList<string> FirstWords, IReadOnlyList<(string Path, string Text)> Files);

    /// <summary>Each word with the numbers of the items that hold it, in ordinal order of the words.</summary>
    private static SortedDictionary<string, List<int>> Postings(IReadOnlyList<ExplorerItem> items)
    {
        var norwegian = CultureInfo.GetCultureInfo("nb-NO");
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < items.Count; number++)
        {
            var item = items[number];
            foreach (Match match in Word().Matches($"{item.Heading} {item.Text} {item.Speaker}".ToLower(norwegian)))
            {
                if (!postings.TryGetValue(match.Value, out var list)) postings[match.Value] = list = new List<int>();
                if (list.Count == 0 || list[^1] != number) list.Add(number);
            }
        }
        return postings;
    }

    public static string Vocabulary(IReadOnlyList<ExplorerItem> items) =>
        new JsonObject { ["words"] = new JsonArray(Postings(items).Keys.Select(w => (JsonNode)JsonValue.Create(w)).ToArray()) }.ToJsonString(ExplorerData.Options);

    public static Index WordIndex(IReadOnlyList<ExplorerItem> items)
    {
        var chunks = new List<(string First, JsonArray Words)>();
        var size = PostingsPerChunk;
        foreach (var (word, numbers) in Postings(items))
        {
            if (size + numbers.Count > PostingsPerChunk && size > 0) { chunks.Add((word, new JsonArray())); size = 0; }
            var entry = new JsonArray(JsonValue.Create(word));
            for (var i = 0; i < numbers.Count; i++) entry.Add(JsonValue.Create(i == 0 ? numbers[0] : numbers[i] - numbers[i - 1]));
            chunks[^1].Words.Add(entry);
            size += numbers.Count;
        }
        var texts = chunks.Select(c => new JsonObject { ["words"] = c.Words }.ToJsonString(ExplorerData.Options)).ToList();
        var folder = IndexFolder + ExplorerTexts.Hash(texts) + "/";
        return new Index(folder, chunks.Select(c => c.First).ToList(),
            texts.Select((text, n) => (folder + n.ToString(CultureInfo.InvariantCulture) + ".json", text)).ToList());
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
