using System.Globalization;
using System.Text.Json.Nodes;
using Site.Generator.Model;

namespace Site.Generator.Search;

/// <summary>
/// The explorer's facets and their values, in the order it lists them: research question, one facet per level of
/// the coding (top first), case, speaker, concept. Items refer to a value by its index in its facet. (The last
/// facet, kind, is the item's kind.)
/// </summary>
public sealed class ExplorerFacets
{
    private readonly List<(string Key, Facet Facet)> _facets = new();
    private readonly Facet _questions, _cases, _speakers, _concepts;
    private readonly List<(CodingLevel Level, Facet Facet)> _levels;

    public ExplorerFacets(StudyModel model, StringComparer collation)
    {
        _questions = Add("question", model.Study.ResearchQuestions.OrderBy(q => q.Number).Select(q => (Number(q), $"{q.Number}. {q.Text}")));
        _levels = model.Levels.Select(level => (level, Add(level.Key, level.Codes.Select(c => (c.Id, c.Title))))).ToList();
        _cases = Add("case", model.Cases.Select(c => (c.Id, c.ShortName)));
        _speakers = Add("speaker", model.Informants.Select(i => (i.Id, i.Name)));
        _concepts = Add("concept", model.Concepts.OrderBy(c => c.Name, collation).Select(c => (c.Id, c.Name)));
        None = _facets.Select(_ => (IReadOnlyList<int>)[]).ToList();
    }

    private Facet Add(string key, IEnumerable<(string Id, string Label)> values)
    {
        var facet = new Facet(values);
        _facets.Add((key, facet));
        return facet;
    }

    /// <summary>The facets' keys in the data file, in the order of <see cref="ExplorerItem.Facets"/>.</summary>
    public IReadOnlyList<string> Keys => _facets.Select(f => f.Key).ToList();

    public IReadOnlyList<IReadOnlyList<int>> None { get; }

    /// <param name="codes">The item's codes; each counts at its own level and lends its place to the levels above it.</param>
    public IReadOnlyList<IReadOnlyList<int>> IndexesOf(
        IEnumerable<ResearchQuestion>? questions = null, IEnumerable<Code>? codes = null,
        IEnumerable<Case>? cases = null, IEnumerable<Informant>? speakers = null, IEnumerable<Concept>? concepts = null)
    {
        var coded = codes?.SelectMany(c => c.SelfAndAncestors()).Distinct().ToList() ?? [];
        var result = new List<IReadOnlyList<int>> { _questions.IndexesOf(questions?.Select(Number)) };
        foreach (var (level, facet) in _levels) result.Add(facet.IndexesOf(coded.Where(c => c.Level == level).Select(c => c.Id)));
        result.Add(_cases.IndexesOf(cases?.Select(c => c.Id)));
        result.Add(_speakers.IndexesOf(speakers?.Select(s => s.Id)));
        result.Add(_concepts.IndexesOf(concepts?.Select(c => c.Id)));
        return result;
    }

    /// <summary>Each facet's values as [id, label].</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (key, facet) in _facets) json[key] = facet.ToJson();
        return json;
    }

    private static string Number(ResearchQuestion question) => question.Number.ToString(CultureInfo.InvariantCulture);

    private sealed class Facet
    {
        private readonly List<(string Id, string Label)> _values;
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public Facet(IEnumerable<(string Id, string Label)> values)
        {
            _values = values.ToList();
            for (var i = 0; i < _values.Count; i++) _indexes.TryAdd(_values[i].Id, i);
        }

        public IReadOnlyList<int> IndexesOf(IEnumerable<string>? ids) => ids?.Select(IndexOf).Distinct().Order().ToList() ?? [];

        private int IndexOf(string id) => _indexes.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException(id);

        public JsonArray ToJson() => new(_values.Select(v => (JsonNode)new JsonArray(JsonValue.Create(v.Id), JsonValue.Create(v.Label))).ToArray());
    }
}
