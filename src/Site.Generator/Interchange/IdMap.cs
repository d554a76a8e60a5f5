using System.Text;
using Site.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Generator.Interchange;

/// <summary>
/// <c>qda-ids.yml</c>: which id each imported item has here, keyed by its REFI-QDA GUID, so that a second import gives
/// the same item the same id (and page address) even when its name changed in the QDA tool. An id chosen by the
/// author is changed here (and in the file that holds the item); retired ids are remembered so no new item takes one.
/// </summary>
public sealed class IdMap
{
    public const string FileName = "qda-ids.yml";

    public string? Project { get; set; }
    public Dictionary<string, string> Codes { get; set; } = new();
    public Dictionary<string, string> Quotes { get; set; } = new();
    public Dictionary<string, string> Speakers { get; set; } = new();
    public Dictionary<string, string> Cases { get; set; } = new();
    public Dictionary<string, string> Sources { get; set; } = new();
    public Dictionary<string, List<string>> Retired { get; set; } = new();
    public Dictionary<string, string> Settings { get; set; } = new();

    public static IdMap Read(string path, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return new IdMap();
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<IdMap>(File.ReadAllText(path)) ?? new IdMap();
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)), "QDA041", $"{FileName} cannot be read: {e.Message}",
                "it maps REFI-QDA GUIDs to ids: GUID: id, under codes:, quotes:, speakers:, cases: and sources:");
            return new IdMap();
        }
    }

    public IEnumerable<string> RetiredOf(string kind) => Retired.TryGetValue(kind, out var ids) ? ids : [];

    public string Write()
    {
        var text = new StringBuilder();
        text.Append("# Written by `site import`: the REFI-QDA GUID of each imported item and its id in this study.\n");
        text.Append("# A second import keeps these ids. To choose another id, change it here and in the file that holds the item.\n");
        if (Project is not null) text.Append("project: ").Append(YamlText.Quoted(Project)).Append('\n');
        Section("settings", Settings);
        foreach (var (name, map) in new[] { ("codes", Codes), ("quotes", Quotes), ("speakers", Speakers), ("cases", Cases), ("sources", Sources) })
            Section(name, map);
        if (Retired.Any(r => r.Value.Count > 0))
        {
            text.Append("retired:\n");
            foreach (var (kind, ids) in Retired.Where(r => r.Value.Count > 0).OrderBy(r => r.Key, StringComparer.Ordinal))
                text.Append("  ").Append(kind).Append(": [").Append(string.Join(", ", ids.Distinct().Order(StringComparer.Ordinal))).Append("]\n");
        }
        return text.ToString();

        void Section(string name, Dictionary<string, string> map)
        {
            if (map.Count == 0) return;
            text.Append(name).Append(":\n");
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("  ").Append(YamlText.Quoted(key)).Append(": ").Append(YamlText.Quoted(value)).Append('\n');
        }
    }
}
