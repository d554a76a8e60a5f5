using System.Globalization;
using System.Text.Json.Nodes;
using Site.Generator.Model;

namespace Site.Generator.Search;

/// <summary>
/// The explorer's facets and their values, in the order it lists them: research question, dimension, theme, case,
/// speaker, concept. Items refer to a value by its index in its facet. (The seventh facet, kind, is the item's kind.)
/// </summary>
public sealed class ExplorerFacets(StudyModel model, StringComparer collation)
{
    /// <summary>The facets' keys in the data file, in the order of <see cref="ExplorerItem.Facets"/>.</summary>
    public static readonly string[] Keys = ["question", "dimension", "theme", "case", "speaker", "concept"];

    public static readonly IReadOnlyList<IReadOnlyList<int>> None = Keys.Select(_ => (IReadOnlyList<int>)[]).ToList();

    private readonly Facet _questions = new(model.Study.ResearchQuestions.OrderBy(q => q.Number).Select(q => (Number(q), $"{q.Number}. {q.Text}")));
    private readonly Facet _dimensions = new(model.Dimensions.Select(d => (d.Id, d.Title)));
    private readonly Facet _themes = new(model.Themes.Select(t => (t.Id, t.Title)));
    private readonly Facet _cases = new(model.Cases.Select(c => (c.Id, c.ShortName)));
    private readonly Facet _speakers = new(model.Informants.Select(i => (i.Id, i.Name)));
    private readonly Facet _concepts = new(model.Concepts.OrderBy(c => c.Name, collation).Select(c => (c.Id, c.Name)));

    public IReadOnlyList<IReadOnlyList<int>> IndexesOf(
        IEnumerable<ResearchQuestion>? questions = null, IEnumerable<Dimension>? dimensions = null, IEnumerable<Theme>? themes = null,
        IEnumerable<Case>? cases = null, IEnumerable<Informant>? speakers = null, IEnumerable<Concept>? concepts = null) =>
    [
        _questions.IndexesOf(questions?.Select(Number)),
        _dimensions.IndexesOf(dimensions?.Select(d => d.Id)),
        _themes.IndexesOf(themes?.Select(t => t.Id)),
        _cases.IndexesOf(cases?.Select(c => c.Id)),
        _speakers.IndexesOf(speakers?.Select(s => s.Id)),
        _concepts.IndexesOf(concepts?.Select(c => c.Id)),
    ];

    /// <summary>Each facet's values as [id, label].</summary>
    public JsonObject ToJson() => new()
    {
        ["question"] = _questions.ToJson(), ["dimension"] = _dimensions.ToJson(), ["theme"] = _themes.ToJson(),
        ["case"] = _cases.ToJson(), ["speaker"] = _speakers.ToJson(), ["concept"] = _concepts.ToJson(),
    };

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
