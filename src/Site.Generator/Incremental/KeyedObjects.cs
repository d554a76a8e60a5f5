using System.Collections;
using Site.Generator.Model;
using Site.Generator.Tracking;

namespace Site.Generator.Incremental;

/// <summary>
/// Every object with a stable key that a build's study and site view lead to, by key: how the preview finds, in a
/// study loaded anew, the object a page read in the last build. A key that two objects share is ambiguous and
/// finds nothing, so the pages that read it are rendered again.
/// </summary>
public sealed class KeyedObjects
{
    private readonly Dictionary<string, object?> _byKey = new(StringComparer.Ordinal);

    public KeyedObjects(params object[] roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots.Reverse());
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (PublicMembers.IsScalar(value) || !seen.Add(value)) continue;
            if (value is IStableKey keyed)
            {
                var key = keyed.StableKey;
                _byKey[key] = _byKey.TryGetValue(key, out var other) && !ReferenceEquals(other, value) ? null : value;
            }
            if (value is IDictionary dictionary)
                foreach (var item in dictionary.Values) Push(item);
            else if (value is IEnumerable items)
                foreach (var item in items) Push(item);
            else if (PublicMembers.IsOurs(value))
                foreach (var (_, get) in PublicMembers.Of(value.GetType())) Push(get(value));
        }

        void Push(object? item)
        {
            if (item is not null && !PublicMembers.IsScalar(item)) pending.Push(item);
        }
    }

    /// <summary>The object with this key, or null when there is none or more than one.</summary>
    public object? Find(string key) => _byKey.GetValueOrDefault(key);
}
