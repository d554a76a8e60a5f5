using System.Collections.Concurrent;
using Site.Generator.Engine;
using Site.Generator.Model;
using Site.Generator.Tracking;
using Site.Generator.Output;

namespace Site.Generator.Incremental;

/// <summary>
/// One render of the preview, planned against the last build (<see cref="RenderMemory"/>). Before the render, it
/// reads again in the new study every value the recorded pages read and notes which differ. A page is then kept
/// as it was when its spec is the same, none of its reads differs and the templates are the same; otherwise it is
/// rendered and what it reads is recorded. <see cref="Commit"/> hands the result to the memory once the build
/// succeeded. Page pipelines call it from many threads.
/// </summary>
public sealed class RenderPlan
{
    private readonly RenderMemory _memory;
    private readonly string _globals;
    private readonly string _outputDirectory;
    private readonly KeyedObjects? _objects;
    // By the number of a read in the memory: its digest in this build (null: its object is gone), and whether it
    // differs from the last build. Null when nothing is reused.
    private readonly string?[] _current = [];
    private readonly bool[]? _changed;
    private readonly ConcurrentDictionary<string, PageRecord> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Spec, ReadLog Reads, PageLinks Links)> _rendered = new(StringComparer.Ordinal);
    private readonly StringPool _pool = new();

    /// <param name="study">The objects the reads are found in again, by their keys; null: reuse nothing.</param>
    internal RenderPlan(RenderMemory memory, string globals, string outputDirectory, object[]? study)
    {
        _memory = memory;
        _globals = globals;
        _outputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (study is null || memory.Globals != globals) return;
        _objects = new KeyedObjects(study);
        var current = _current = new string?[memory.Reads.Count];
        var changed = _changed = new bool[memory.Reads.Count];
        var objects = _objects;
        // Tens of thousands of reads in a large study: side by side, a reader (one template context) per thread.
        Parallel.For(0, current.Length, () => new MemberReader(), (id, _, reader) =>
        {
            var (key, member) = memory.Reads[id];
            current[id] = objects.Find(key) is { } target ? reader.Fingerprint(target, member) : null;
            changed[id] = current[id] != memory.Reads.FingerprintOf(id);
            return reader;
        }, _ => { });
    }

    /// <summary>The pages rendered so far, in order.</summary>
    public IReadOnlyList<string> RenderedPages => _rendered.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The pages kept from the last build: their files are in the output folder as they should be.</summary>
    public IReadOnlySet<string> KeptPages => _kept.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The page as the last build left it (its file stays; the link check gets its links), when its spec is the
    /// same and none of its reads changed; else null, and the page is to be rendered.
    /// </summary>
    public PipelineDocument? Keep(string destination, string specFingerprint)
    {
        if (_changed is null || !_memory.Pages.TryGetValue(destination, out var record) || record.Spec != specFingerprint
            || record.Reads.Any(id => _changed[id])) return null;
        _kept[destination] = record;
        return PipelineDocument.Create(destination, (PageLinks.MetadataKey, record.Links)) with
        {
            Delivered = true,
            WrittenTo = AtomicOutput.SafePath(_outputDirectory, destination),
        };
    }

    /// <summary>Records a page just rendered and delivered; returns it with its links, which the link check reads.</summary>
    public PipelineDocument Rendered(string destination, string specFingerprint, ReadLog reads, PipelineDocument delivered)
    {
        var links = PageLinks.Of(delivered, _pool);
        _rendered[destination] = (specFingerprint, reads, links);
        return delivered.With(PageLinks.MetadataKey, links);
    }

    /// <summary>Hands this build's pages and reads to the memory; call once the build's files are in place.</summary>
    public void Commit()
    {
        var previous = _memory.Reads;
        var table = new ReadTable();
        var pages = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        // A kept page's reads gave the same values in this build as in the last: their digests are known.
        foreach (var (destination, record) in _kept.OrderBy(p => p.Key, StringComparer.Ordinal))
            pages[destination] = record with { Reads = record.Reads.Select(id => table.Add(previous[id].Key, previous[id].Member, _current[id]!)).ToArray() };
        var reader = new MemberReader();
        foreach (var (destination, page) in _rendered.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var ids = new HashSet<int>();
            foreach (var (target, member) in page.Reads.Reads)
            {
                var key = ((IStableKey)target).StableKey;
                ids.Add(table.IdOf(key, member) ?? table.Add(key, member, KnownDigest(key, member, target) ?? reader.Fingerprint(target, member)));
            }
            pages[destination] = new PageRecord(page.Spec, ids.Order().ToArray(), page.Links);
        }
        _memory.Remember(_globals, pages, table);
    }

    /// <summary>The digest this plan already read for the same object and member, if it did.</summary>
    private string? KnownDigest(string key, string member, object target) =>
        _changed is not null && ReferenceEquals(_objects!.Find(key), target) && _memory.Reads.IdOf(key, member) is { } id ? _current[id] : null;
}
