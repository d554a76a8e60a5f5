using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Support;

/// <summary>
/// Edits a copy of a study the way an author would (a quote's text, its theme, a finding's heading, a paragraph,
/// a quote deleted with its references…), for tests of the preview's rebuilds. Which quote, finding or paragraph
/// is chosen by a seeded random, so a run is repeatable. The edits keep the study valid: a quote's text only
/// loses its last word, so it still stands word for word in the source text.
/// </summary>
public sealed partial class StudyEditor(StudyCopy study, int seed)
{
    private readonly Random _random = new(seed);
    private int _serial;

    /// <summary>Every edit by name, in an order where each can apply (a second theme exists before a quote moves to it).</summary>
    public IReadOnlyList<(string Name, Action Apply)> All =>
    [
        ("a quote's text", QuoteText),
        ("a new theme", AddTheme),
        ("a quote's theme", QuoteTheme),
        ("a quote's speaker and case", QuoteSpeaker),
        ("a speaker's case", SpeakerCase),
        ("a finding's heading", FindingTitle),
        ("a concept's definition", ConceptDefinition),
        ("a theme's title", ThemeTitle),
        ("a chapter's paragraph", ChapterParagraph),
        ("a quote deleted with its references", DeleteQuote),
        ("a new quote", AddQuote),
        ("the study's title", StudyTitle),
    ];

    public void QuoteText()
    {
        var (file, quote) = Pick(Quotes().Where(q => Words(Scalar(q.Entry, "text")) >= 3));
        var text = Scalar(quote, "text");
        Set(quote, "text", text[..text.TrimEnd().LastIndexOf(' ')]);
        file.Save();
    }

    public void AddTheme()
    {
        var coding = Load("coding.yml");
        var dimension = Pick(Sequence(coding.Root, "codes"));
        var themes = (YamlSequenceNode)dimension.Children["codes"];
        var section = Scalar((YamlMappingNode)themes.Children[0], "section");
        var n = ++_serial;
        themes.Add(new YamlMappingNode { { "id", $"nytt-tema-{n}" }, { "title", $"Nytt tema {n}" }, { "section", section } });
        coding.Save();
    }

    public void QuoteTheme()
    {
        var coding = Load("coding.yml");
        var dimensionOf = Sequence(coding.Root, "codes").SelectMany(d => Sequence(d, "codes").Select(t => (Theme: Scalar(t, "id"), Themes: Sequence(d, "codes").Select(x => Scalar(x, "id")).ToList())))
            .ToDictionary(t => t.Theme, t => t.Themes);
        var (file, quote) = Pick(Quotes().Where(q => dimensionOf[FirstCode(q.Entry)].Count > 1));
        var current = FirstCode(quote);
        quote.Children["codes"] = new YamlSequenceNode(new YamlScalarNode(Pick(dimensionOf[current].Where(t => t != current)))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
        file.Save();
    }

    /// <summary>A quote goes to a speaker of another case; its own case, if it had one, goes.</summary>
    public void QuoteSpeaker()
    {
        var speakers = Informants().ToList();
        var (file, quote) = Pick(Quotes());
        var current = speakers.Single(s => Scalar(s, "id") == Scalar(quote, "speaker"));
        Set(quote, "speaker", Scalar(Pick(speakers.Where(s => Optional(s, "case") != Optional(current, "case"))), "id"));
        quote.Children.Remove("case");
        file.Save();
    }

    /// <summary>A speaker moves to another case; the quotes that named the old case lose it.</summary>
    public void SpeakerCase()
    {
        var informants = Load("informants.yml");
        var speaker = Pick(((YamlSequenceNode)informants.Root).Cast<YamlMappingNode>().Where(s => Optional(s, "case") is not null));
        var cases = Sequence(Load("cases.yml").Root, "cases").Select(c => Scalar(c, "id")).ToList();
        Set(speaker, "case", Pick(cases.Where(c => c != Scalar(speaker, "case"))));
        informants.Save();
        foreach (var file in QuoteFiles())
        {
            foreach (var quote in Entries(file).Where(q => Scalar(q, "speaker") == Scalar(speaker, "id"))) quote.Children.Remove("case");
            file.Save();
        }
    }

    public void FindingTitle() => AppendTo(Pick(Directory.GetFiles(study.PathOf("findings"), "*.yml").Order(StringComparer.Ordinal).Select(Load).SelectMany(f => Entries(f).Select(e => (f, e)))), "title", " (endret)");

    public void ConceptDefinition()
    {
        var concepts = Load("concepts.yml");
        AppendTo((concepts, Pick(Entries(concepts))), "definition", " Endret.");
    }

    public void ThemeTitle()
    {
        var coding = Load("coding.yml");
        var theme = Pick(Sequence(coding.Root, "codes").SelectMany(d => Sequence(d, "codes")));
        Set(theme, "title", Scalar(theme, "title") + " (endret)");
        coding.Save();
    }

    /// <summary>A sentence added to a paragraph of running text.</summary>
    public void ChapterParagraph()
    {
        var file = Pick(Directory.GetFiles(study.PathOf("chapters"), "*.md").Order(StringComparer.Ordinal).Where(f => File.ReadLines(f).Any(IsParagraph)));
        var lines = File.ReadAllLines(file);
        var index = Pick(Enumerable.Range(0, lines.Length).Where(i => IsParagraph(lines[i])));
        lines[index] += " Endret avsnitt.";
        File.WriteAllLines(file, lines);
    }

    /// <summary>A quote deleted, and every reference to it: from findings, and from the text (its directive, or its link's target).</summary>
    public void DeleteQuote()
    {
        var (file, quote) = Pick(Quotes());
        var id = Scalar(quote, "id");
        ((YamlSequenceNode)file.Root).Children.Remove(quote);
        file.Save();
        foreach (var findings in Directory.GetFiles(study.PathOf("findings"), "*.yml").Order(StringComparer.Ordinal).Select(Load))
        {
            foreach (var finding in Entries(findings))
                if (finding.Children.TryGetValue("quotes", out var quotes) && quotes is YamlSequenceNode list)
                    foreach (var reference in list.Children.Where(q => ((YamlScalarNode)q).Value == id).ToList()) list.Children.Remove(reference);
            findings.Save();
        }
        foreach (var chapter in Directory.GetFiles(study.PathOf("chapters"), "*.md"))
        {
            var text = File.ReadAllText(chapter);
            var edited = Regex.Replace(text, $@"^::quote\[{id}\]\n", "", RegexOptions.Multiline);
            edited = edited.Replace($":quote[{id}]", "«…»", StringComparison.Ordinal);
            edited = Regex.Replace(edited, $@"\[([^\]]*)\]\(quote:{id}\)", "$1");
            if (edited != text) File.WriteAllText(chapter, edited);
        }
    }

    /// <summary>A new quote: the first words of another, by the same speaker on the same theme (so it is verbatim too).</summary>
    public void AddQuote()
    {
        var (file, quote) = Pick(Quotes().Where(q => Words(Scalar(q.Entry, "text")) >= 3));
        var words = Scalar(quote, "text").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ((YamlSequenceNode)file.Root).Add(new YamlMappingNode
        {
            { "id", $"nytt-sitat-{++_serial}" }, { "text", string.Join(' ', words.Take(3)) }, { "speaker", Scalar(quote, "speaker") }, { "codes", new YamlSequenceNode(new YamlScalarNode(FirstCode(quote))) },
        });
        file.Save();
    }

    public void StudyTitle()
    {
        var file = Load("study.yml");
        Set((YamlMappingNode)file.Root, "title", Scalar((YamlMappingNode)file.Root, "title") + " (utkast)");
        file.Save();
    }

    private void AppendTo((YamlFile File, YamlMappingNode Entry) picked, string key, string suffix)
    {
        Set(picked.Entry, key, Scalar(picked.Entry, key) + suffix);
        picked.File.Save();
    }

    private static bool IsParagraph(string line) =>
        line.Length > 20 && char.IsLetter(line[0]) && !line.Contains(":quote[", StringComparison.Ordinal) && !line.StartsWith("kind:", StringComparison.Ordinal) && !line.StartsWith("title:", StringComparison.Ordinal);

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private IEnumerable<YamlFile> QuoteFiles() => Directory.GetFiles(study.PathOf("quotes"), "*.yml").Order(StringComparer.Ordinal).Select(Load);

    private IEnumerable<(YamlFile File, YamlMappingNode Entry)> Quotes() => QuoteFiles().SelectMany(f => Entries(f).Select(e => (f, e)));

    private IEnumerable<YamlMappingNode> Informants() => Entries(Load("informants.yml"));

    private T Pick<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        if (list.Count == 0) throw new InvalidOperationException("Nothing to pick: the study does not allow this edit.");
        return list[_random.Next(list.Count)];
    }

    private YamlFile Load(string path) => new(Path.IsPathRooted(path) ? path : study.PathOf(path));

    private static IEnumerable<YamlMappingNode> Entries(YamlFile file) => ((YamlSequenceNode)file.Root).Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Sequence(YamlNode node, string key) => ((YamlSequenceNode)((YamlMappingNode)node).Children[key]).Cast<YamlMappingNode>();

    private static string FirstCode(YamlMappingNode quote) => ((YamlScalarNode)((YamlSequenceNode)quote.Children["codes"]).Children[0]).Value ?? "";

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value ?? "";

    private static string? Optional(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static void Set(YamlMappingNode node, string key, string value) => node.Children[key] = new YamlScalarNode(value);

    /// <summary>A YAML file, loaded to be edited and saved back.</summary>
    private sealed class YamlFile
    {
        private readonly string _path;
        private readonly YamlStream _stream = new();

        public YamlFile(string path)
        {
            _path = path;
            using var reader = new StringReader(File.ReadAllText(path));
            _stream.Load(reader);
        }

        public YamlNode Root => _stream.Documents[0].RootNode;

        public void Save()
        {
            using var writer = new StringWriter();
            _stream.Save(writer, assignAnchors: false);
            File.WriteAllText(_path, writer.ToString());
        }
    }
}
