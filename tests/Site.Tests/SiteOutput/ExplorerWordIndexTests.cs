using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Site.Tests.SiteOutput;

/// <summary>
/// The explorer's word index lists every word of every item's own text (heading, text, a quote's speaker) with
/// exactly the items that hold it, in chunks whose first words data.json names, so a prefix is looked up in the
/// chunks that hold its range and nowhere else.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class ExplorerWordIndexTests(BuiltSite site)
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [Fact]
    public void Every_word_of_every_item_leads_back_to_exactly_the_items_that_hold_it()
    {
        var files = new ExplorerFiles(site.Output);
        var folder = (string)files.Data["words"]!["folder"]!;
        var first = files.Data["words"]!["first"]!.AsArray().Select(w => (string)w!).ToList();
        var names = files.Data["words"]!["files"]!.AsArray().Select(w => (string)w!).ToList();
        Assert.Equal(first.Count, names.Count);
        var index = new List<(string Word, List<int> Items)>();
        for (var n = 0; n < first.Count; n++)
        {
            var chunk = JsonNode.Parse(site.Read(folder.TrimStart('/') + $"{names[n]}.json"))!["words"]!.AsArray();
            Assert.Equal(first[n], (string)chunk[0]![0]!);
            foreach (var entry in chunk.Select(e => e!.AsArray()))
            {
                var number = 0;
                index.Add(((string)entry[0]!, entry.Skip(1).Select(step => number += (int)step!).ToList()));
            }
        }
        Assert.Equal(index.Select(e => e.Word).Order(StringComparer.Ordinal), index.Select(e => e.Word)); // in order, across chunks

        var norwegian = CultureInfo.GetCultureInfo("nb-NO");
        var speakers = files.Data["facets"]!["speaker"]!.AsArray().Select(s => (string)s![1]!).ToList();
        var speakerColumn = files.Data["values"]!["speaker"]!.AsArray();
        var expected = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var item in files.Items)
        {
            var speaker = item.Kind == 'q' ? string.Join(" ", speakerColumn[item.Number]!.AsArray().Select(s => speakers[(int)s!])) : "";
            var text = $"{(string?)item.Text["h"]} {item.Words} {speaker}".ToLower(norwegian);
            foreach (Match word in Word().Matches(text))
            {
                if (!expected.TryGetValue(word.Value, out var set)) expected[word.Value] = set = new SortedSet<int>();
                set.Add(item.Number);
            }
        }
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), index.Select(e => e.Word));
        Assert.All(index, entry => Assert.Equal(expected[entry.Word], entry.Items));
    }
}
