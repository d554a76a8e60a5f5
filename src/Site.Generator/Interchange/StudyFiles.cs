using System.Text;
using Site.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;
using static Site.Generator.Interchange.YamlTree;

namespace Site.Generator.Interchange;

/// <summary>
/// The files an import writes, made from a <see cref="StudyDraft"/> and merged with what the study holds already:
/// keys the import owns (a quote's text, speaker and codes; a code's title) follow the QDA project, every other key the
/// author added (a code's section or table, a quote's note, an informant's evidence) is kept, and so are items the
/// author wrote by hand. study.yml and everything else (findings, chapters, concepts) is written only if missing.
/// </summary>
public sealed class StudyFiles(StudyDraft draft, string studyDirectory, IdMap previous, RetiredPaths paths, Localization.Locale locale, DiagnosticBag diagnostics)
{
    public const string QuotesFile = "quotes/imported.yml";

    /// <summary>Relative path → full text; null means the file is to be deleted.</summary>
    public Dictionary<string, string?> Make()
    {
        var files = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["coding.yml"] = Coding(),
            [QuotesFile] = List("../schema/quote.schema.json", Existing(QuotesFile), previous.Quotes.Values, draft.Quotes.Select(q => (q.Id, QuotePairs(q)))),
            ["informants.yml"] = List("schema/informants.schema.json", Existing("informants.yml"), previous.Speakers.Values, draft.Speakers.Select(s => (s.Id, SpeakerPairs(s)))),
            ["cases.yml"] = Cases(),
            [IdMap.FileName] = draft.Ids.Write(),
            ["redirects.yml"] = Redirects(),
        };
        if (!File.Exists(Path.Combine(studyDirectory, "study.yml"))) files["study.yml"] = StudyYml();
        foreach (var source in draft.Sources) files[$"source/{source.Id}.txt"] = source.Text;
        foreach (var retired in previous.Sources.Where(p => !draft.Ids.Sources.ContainsKey(p.Key)))
            if (File.Exists(Path.Combine(studyDirectory, "source", retired.Value + ".txt"))) files[$"source/{retired.Value}.txt"] = null;
        return files;
    }

    private YamlNode? Existing(string relative) => YamlTree.Read(Path.Combine(studyDirectory, relative), relative, diagnostics);

    // ---- quotes, speakers, cases ----

    private static List<KeyValuePair<string, YamlNode>> QuotePairs(DraftQuote q) =>
    [
        new("id", Plain(q.Id)), new("text", Text(q.Text)), new("speaker", Plain(q.SpeakerId)), new("codes", FlowList(q.CodeIds)),
        .. q.CaseId is null ? Array.Empty<KeyValuePair<string, YamlNode>>() : [new("case", Plain(q.CaseId))],
        .. q.Note is null ? Array.Empty<KeyValuePair<string, YamlNode>>() : [new("note", Text(q.Note))],
    ];

    private static List<KeyValuePair<string, YamlNode>> SpeakerPairs(DraftSpeaker s) =>
    [
        new("id", Plain(s.Id)), new("name", Text(s.Name)), new("kind", Plain(s.Anonymous ? "anonymous" : "pseudonym")),
        .. s.CaseId is null ? Array.Empty<KeyValuePair<string, YamlNode>>() : [new("case", Plain(s.CaseId))],
    ];

    /// <summary>Keys the import owns are removed from the old item when the project no longer gives them.</summary>
    private static readonly HashSet<string> OwnedAlways = new(StringComparer.Ordinal) { "id", "text", "speaker", "codes", "case", "name" };

    private static List<KeyValuePair<string, YamlNode>> Merge(YamlMappingNode? old, List<KeyValuePair<string, YamlNode>> fresh)
    {
        var pairs = Pairs(old);
        foreach (var key in pairs.Select(p => p.Key).Where(k => OwnedAlways.Contains(k) && fresh.All(f => f.Key != k)).ToList()) Set(pairs, key, null);
        foreach (var (key, value) in fresh) Set(pairs, key, value);
        // Ids first, as the format's examples put them.
        return pairs.OrderBy(p => p.Key == "id" ? 0 : 1).ToList();
    }

    private string List(string schema, YamlNode? existing, IEnumerable<string> importedBefore, IEnumerable<(string Id, List<KeyValuePair<string, YamlNode>> Pairs)> items)
    {
        var old = Items(existing).Where(m => Scalar(m, "id") is not null).ToDictionary(m => Scalar(m, "id")!, StringComparer.Ordinal);
        var before = importedBefore.ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder($"# yaml-language-server: $schema={schema}\n");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, pairs) in items)
        {
            WriteItem(text, Merge(old.GetValueOrDefault(id), pairs), 2);
            written.Add(id);
        }
        // Items the author added by hand stay; items of an earlier import that are gone now are retired.
        foreach (var (id, map) in old)
            if (!written.Contains(id) && !before.Contains(id)) WriteItem(text, Pairs(map), 2);
        if (written.Count == 0 && old.Count == 0) text.Append("[]\n");
        return text.ToString();
    }

    private string Cases()
    {
        var existing = Existing("cases.yml") as YamlMappingNode;
        var fresh = draft.Cases.Select(c => (c.Id, new List<KeyValuePair<string, YamlNode>>
        {
            new("id", Plain(c.Id)), new("name", Text(c.Name)),
        }.Concat(c.Description is null ? [] : [new KeyValuePair<string, YamlNode>("description", Text(c.Description))]).ToList()));
        var old = existing is null ? new Dictionary<string, YamlMappingNode>() : Items(Get(existing, "cases")).Where(m => Scalar(m, "id") is not null).ToDictionary(m => Scalar(m, "id")!, StringComparer.Ordinal);
        var before = previous.Cases.Values.ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder("# yaml-language-server: $schema=schema/cases.schema.json\ncases:");
        var items = new StringBuilder();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, pairs) in fresh)
        {
            var merged = Merge(old.GetValueOrDefault(id), pairs);
            if (merged.All(p => p.Key != "short_name")) merged.Insert(2, new("short_name", pairs[1].Value));
            WriteItem(items, merged, 4);
            written.Add(id);
        }
        foreach (var (id, map) in old)
            if (!written.Contains(id) && !before.Contains(id)) WriteItem(items, Pairs(map), 4);
        text.Append(items.Length == 0 ? " []\n" : "\n").Append(items);
        // The comparison table is the author's: it is kept as it was.
        if (existing is not null)
            foreach (var (key, value) in Pairs(existing).Where(p => p.Key != "cases")) WritePair(text, key, value, 0);
        return text.ToString();
    }

    // ---- the coding hierarchy ----

    private string Coding()
    {
        var existing = Existing("coding.yml") as YamlMappingNode;
        var oldCodes = new Dictionary<string, (YamlMappingNode Map, string? Parent)>(StringComparer.Ordinal);
        if (existing is not null) Flatten(Get(existing, "codes"), null, oldCodes);
        var before = previous.Codes.Values.ToHashSet(StringComparer.Ordinal);
        var handMade = oldCodes.Where(c => !before.Contains(c.Key) && !draft.AllCodes.Any(d => d.Id == c.Key)).ToList();

        var text = new StringBuilder("# yaml-language-server: $schema=schema/coding.schema.json\n");
        text.Append("# Imported from a REFI-QDA project").Append(draft.Origin is null ? "" : $" ({draft.Origin})")
            .Append(". `site import` updates the codes' titles, descriptions and colours; keys you add (section, question, table) stay.\n");
        var method = existing is null ? null : Get(existing, "method");
        WritePair(text, "method", method ?? new YamlMappingNode(
            new YamlScalarNode("name"), Text(locale.Text("import_method")),
            new YamlScalarNode("description"), Text(locale.Format("import_description", ("origin", draft.Origin ?? locale.Text("import_project"))))), 0);
        var oldLevels = existing is null ? null : Get(existing, "levels") as YamlSequenceNode;
        WritePair(text, "levels", oldLevels is not null && oldLevels.Children.Count == draft.Levels.Count ? oldLevels : new YamlSequenceNode(draft.Levels.Select(l =>
            (YamlNode)new YamlMappingNode(new YamlScalarNode("key"), Plain(l.Key), new YamlScalarNode("singular"), Text(l.Singular),
                new YamlScalarNode("plural"), Text(l.Plural), new YamlScalarNode("path"), Plain(l.Path)))), 0);
        var codes = new YamlSequenceNode(draft.Codes.Select(c => (YamlNode)CodeNode(c, oldCodes, handMade)));
        foreach (var (id, (map, parent)) in handMade)
            if (parent is null || !draft.AllCodes.Any(d => d.Id == parent)) codes.Add(map);
        WritePair(text, "codes", codes, 0);
        return text.ToString();
    }

    private static void Flatten(YamlNode? list, string? parent, Dictionary<string, (YamlMappingNode, string?)> into)
    {
        foreach (var map in Items(list))
        {
            if (Scalar(map, "id") is not { } id) continue;
            into.TryAdd(id, (map, parent));
            Flatten(Get(map, "codes"), id, into);
        }
    }

    private static YamlMappingNode CodeNode(DraftCode code, Dictionary<string, (YamlMappingNode Map, string? Parent)> old, List<KeyValuePair<string, (YamlMappingNode Map, string? Parent)>> handMade)
    {
        var pairs = Pairs(old.TryGetValue(code.Id, out var was) ? was.Map : null);
        Set(pairs, "codes", null);
        Set(pairs, "id", Plain(code.Id));
        Set(pairs, "title", Text(code.Title));
        if (code.Description is not null) Set(pairs, "description", Text(code.Description));
        if (code.Color is not null) Set(pairs, "color", Text(code.Color));
        var children = code.Children.Select(c => (YamlNode)CodeNode(c, old, handMade))
            .Concat(handMade.Where(h => h.Value.Parent == code.Id).Select(h => (YamlNode)h.Value.Map)).ToList();
        if (children.Count > 0) pairs.Add(new("codes", new YamlSequenceNode(children)));
        var node = new YamlMappingNode();
        foreach (var (key, value) in pairs.OrderBy(p => p.Key == "id" ? 0 : p.Key == "codes" ? 2 : 1)) node.Add(key, value);
        return node;
    }

    // ---- study.yml, redirects ----

    private string StudyYml()
    {
        var fill = locale.Text("import_fill_in");
        return $"""
            # yaml-language-server: $schema=schema/study.schema.json
            # Written once by `site import`; never changed by a later import. Fill in what the QDA project could not say.
            title: {YamlText.Quoted(draft.Title)}
            publication:
              type: report
              genre: {YamlText.Quoted(fill)}
              institution: {YamlText.Quoted(fill)}
            year: {draft.Year}
            language: {draft.Language}
            authors:
              - given: {YamlText.Quoted(fill)}
                family: {YamlText.Quoted(fill)}
            research_problem: {YamlText.Quoted(fill)}
            research_questions: []

            """;
    }

    private string Redirects()
    {
        var existing = Existing("redirects.yml");
        var pairs = Items(existing).Select(m => (From: Scalar(m, "from") ?? "", To: Scalar(m, "to") ?? "")).ToList();
        var oldCoding = Existing("coding.yml") as YamlMappingNode;
        var oldSpeakers = Items(Existing("informants.yml")).ToDictionary(m => Scalar(m, "id") ?? "", m => Scalar(m, "kind"), StringComparer.Ordinal);
        void Add((string From, string To)? redirect)
        {
            if (redirect is { } r && pairs.All(p => p.From != r.From)) pairs.Add(r);
        }
        foreach (var id in NewlyRetired(previous.Quotes, draft.Ids.Quotes)) Add(paths.Quote(id));
        foreach (var id in NewlyRetired(previous.Cases, draft.Ids.Cases)) Add(paths.Case(id));
        foreach (var id in NewlyRetired(previous.Speakers, draft.Ids.Speakers))
            if (oldSpeakers.GetValueOrDefault(id) != "anonymous") Add(paths.Informant(id));
        foreach (var id in NewlyRetired(previous.Codes, draft.Ids.Codes)) Add(paths.Code(id, oldCoding));
        var text = new StringBuilder("# yaml-language-server: $schema=schema/redirects.schema.json\n# Retired page paths and where they went. `site import` adds the pages of retired quotes, codes, speakers and cases.\n");
        if (pairs.Count == 0) text.Append("[]\n");
        foreach (var (from, to) in pairs) text.Append("- from: ").Append(from).Append("\n  to: ").Append(to).Append('\n');
        return text.ToString();
    }

    private static IEnumerable<string> NewlyRetired(Dictionary<string, string> before, Dictionary<string, string> now) =>
        before.Where(p => !now.ContainsKey(p.Key) && !now.ContainsValue(p.Value)).Select(p => p.Value).Order(StringComparer.Ordinal);
}
