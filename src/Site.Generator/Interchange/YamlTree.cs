using System.Text;
using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Interchange;

/// <summary>
/// Reads a YAML file the import wrote before (and the author may have edited) as plain nodes, and writes nodes back
/// in block style. Keys the import does not own pass through unchanged in value; comments in these files are not kept.
/// </summary>
public static partial class YamlTree
{
    public static YamlNode? Read(string path, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)), "QDA042",
                $"the study file cannot be read, so its hand edits cannot be kept: {e.Message}", "fix the YAML, then import again");
            return null;
        }
    }

    public static IEnumerable<YamlMappingNode> Items(YamlNode? node) => node is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : [];

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Value;

    public static string? Scalar(YamlMappingNode map, string key) => (Get(map, key) as YamlScalarNode)?.Value;

    /// <summary>A copy of the mapping, with its keys in their order.</summary>
    public static List<KeyValuePair<string, YamlNode>> Pairs(YamlMappingNode? map) =>
        map?.Children.Where(p => p.Key is YamlScalarNode).Select(p => new KeyValuePair<string, YamlNode>(((YamlScalarNode)p.Key).Value!, p.Value)).ToList() ?? new();

    public static void Set(List<KeyValuePair<string, YamlNode>> pairs, string key, YamlNode? value)
    {
        var at = pairs.FindIndex(p => p.Key == key);
        if (value is null) { if (at >= 0) pairs.RemoveAt(at); return; }
        if (at >= 0) pairs[at] = new(key, value);
        else pairs.Add(new(key, value));
    }

    public static YamlScalarNode Text(string text) => new(text) { Style = ScalarStyle.DoubleQuoted };

    public static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    public static YamlSequenceNode FlowList(IEnumerable<string> ids) => new(ids.Select(i => (YamlNode)Plain(i))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };

    public static void WriteItem(StringBuilder text, List<KeyValuePair<string, YamlNode>> pairs, int indent)
    {
        var first = true;
        foreach (var (key, value) in pairs)
        {
            text.Append(' ', first ? indent - 2 : indent);
            if (first) text.Append("- ");
            first = false;
            WritePair(text, key, value, indent);
        }
    }

    public static void WritePair(StringBuilder text, string key, YamlNode value, int indent)
    {
        text.Append(key).Append(':');
        switch (value)
        {
            case YamlScalarNode scalar:
                text.Append(' ').Append(Scalar(scalar)).Append('\n');
                break;
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode) && (list.Style == YamlDotNet.Core.Events.SequenceStyle.Flow || list.Children.Count == 0):
                text.Append(" [").Append(string.Join(", ", list.Children.Cast<YamlScalarNode>().Select(Scalar))).Append("]\n");
                break;
            case YamlSequenceNode list:
                text.Append('\n');
                foreach (var child in list.Children)
                {
                    if (child is YamlMappingNode map) WriteItem(text, Pairs(map), indent + 4);
                    else text.Append(' ', indent + 2).Append("- ").Append(child is YamlScalarNode s ? Scalar(s) : "null").Append('\n');
                }
                break;
            case YamlMappingNode map:
                text.Append('\n');
                foreach (var (k, v) in Pairs(map)) { text.Append(' ', indent + 2); WritePair(text, k, v, indent + 2); }
                break;
        }
    }

    /// <summary>Ids, numbers and words plain; anything else double-quoted, so that it reads back as the same string.</summary>
    private static string Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.DoubleQuoted) return YamlText.Quoted(value);
        return PlainSafe().IsMatch(value) ? value : YamlText.Quoted(value);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PlainSafe();
}
