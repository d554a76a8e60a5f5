using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Linking;

/// <summary>Entities of one kind by id: reports invalid and duplicate ids, and resolves references with a "did you mean" hint.</summary>
public sealed class IdIndex<T> where T : IdentifiedEntity
{
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly string _kind;
    private readonly string _code;

    public IdIndex(IEnumerable<T> items, string kind, string code, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _kind = kind;
        _code = code;
        foreach (var item in items)
        {
            if (!Slug.IsValid(item.Id))
            {
                diagnostics.Error(item.LocationOf("id"), $"{code}01", $"the {kind} id '{item.Id}' is not a valid id",
                    $"use lower-case ASCII letters, digits and single dashes, e.g. '{Slug.From(item.Id)}'");
                continue;
            }
            if (_byId.TryGetValue(item.Id, out var first))
            {
                diagnostics.Error(item.LocationOf("id"), $"{code}02", $"the {kind} id '{item.Id}' is used twice", $"the first is at {first.LocationOf("id")}");
                continue;
            }
            _byId.Add(item.Id, item);
        }
    }

    public IEnumerable<string> Ids => _byId.Keys;

    public bool Contains(string id) => _byId.ContainsKey(id);

    public T? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entity with the id, or an error at the referring place.</summary>
    public T? Resolve(string id, SourceLocation at)
    {
        if (_byId.TryGetValue(id, out var item)) return item;
        _diagnostics.Error(at, $"{_code}04", $"unknown {_kind} '{id}'", Suggest.DidYouMean(id, _byId.Keys));
        return null;
    }

    /// <summary>Resolves each id of a list, reporting the unknown ones at the list's location.</summary>
    public List<T> ResolveAll(IEnumerable<string> ids, SourceLocation at) =>
        ids.Select(id => Resolve(id, at)).OfType<T>().Distinct().ToList();
}
