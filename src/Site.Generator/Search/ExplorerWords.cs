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
    private const int PostingsPerChunk = 2048;

    /// <param name="Vocabulary">The text of the vocabulary file.</param>
    /// <param name="Names">The chunks' file names in order, without <c>.json</c>: hashes of their contents (<see cref="ExplorerTexts.Names"/>).</param>
    public sealed record Index(string Folder, IReadOnlyList<string> FirstWords, IReadOnlyList<string> Names, IReadOnlyList<(string Path, string Text)> Files, string Vocabulary);

    /// <summary>Each word with the numbers of the items that hold it, in ordinal order of the words.</summary>
    private static List<KeyValuePair<string, List<int>>> Postings(IReadOnlyList<ExplorerItem> items, CultureInfo culture)
    {
        // Looked up by the word's span in the item's text: a string is made only for a word seen the first time.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byText = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var number = 0; number < items.Count; number++)
        {
            var item = items[number];
            var text = $"{item.Heading} {item.Text} {item.Speaker}".ToLower(culture);
            foreach (var match in Word().EnumerateMatches(text))
            {
                var word = text.AsSpan(match.Index, match.Length);
                if (!byText.TryGetValue(word, out var list)) byText[word] = list = new List<int>();
                if (list.Count == 0 || list[^1] != number) list.Add(number);
            }
        }
        return postings.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    /// <param name="folder">The word index's folder under the explorer's, e.g. <c>word-index/</c>.</param>
    /// <param name="culture">The study's language, whose rules make words lower case.</param>
    public static Index WordIndex(IReadOnlyList<ExplorerItem> items, string folder, CultureInfo culture)
    {
        var postings = Postings(items, culture);
        var chunks = new List<(string First, JsonArray Words)>();
        var size = PostingsPerChunk;
        foreach (var (word, numbers) in postings)
        {
            if (size + numbers.Count > PostingsPerChunk && size > 0) { chunks.Add((word, new JsonArray())); size = 0; }
            var entry = new JsonArray(JsonValue.Create(word));
            for (var i = 0; i < numbers.Count; i++) entry.Add(JsonValue.Create(i == 0 ? numbers[0] : numbers[i] - numbers[i - 1]));
            chunks[^1].Words.Add(entry);
            size += numbers.Count;
        }
        var texts = chunks.Select(c => new JsonObject { ["words"] = c.Words }.ToJsonString(ExplorerData.Options)).ToList();
        var names = ExplorerTexts.Names(texts);
        var vocabulary = new JsonObject { ["words"] = new JsonArray(postings.Select(p => (JsonNode)JsonValue.Create(p.Key)).ToArray()) }.ToJsonString(ExplorerData.Options);
        return new Index(folder, chunks.Select(c => c.First).ToList(), names,
            texts.Select((text, n) => (folder + names[n] + ".json", text)).ToList(), vocabulary);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
