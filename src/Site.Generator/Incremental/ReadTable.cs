namespace Site.Generator.Incremental;

/// <summary>
/// The reads the recorded pages made, each (object key, member) once, with the digest of the value it gave:
/// pages refer to reads by number, so thousands of pages that read a quote's text share one entry.
/// </summary>
internal sealed class ReadTable
{
    private readonly Dictionary<(string Key, string Member), int> _ids = new();
    private readonly List<(string Key, string Member)> _reads = new();
    private readonly List<string> _fingerprints = new();

    public int Count => _reads.Count;

    public (string Key, string Member) this[int id] => _reads[id];

    public string FingerprintOf(int id) => _fingerprints[id];

    public int? IdOf(string key, string member) => _ids.TryGetValue((key, member), out var id) ? id : null;

    /// <summary>The number of the read, added with its digest if new.</summary>
    public int Add(string key, string member, string fingerprint)
    {
        if (_ids.TryGetValue((key, member), out var id)) return id;
        id = _reads.Count;
        _ids[(key, member)] = id;
        _reads.Add((key, member));
        _fingerprints.Add(fingerprint);
        return id;
    }
}
