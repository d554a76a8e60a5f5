using Site.Generator.Model;

namespace Site.Generator.Tracking;

/// <summary>
/// What one render read of the study: each member it read of each object with a stable key. Filled by the
/// template context (<see cref="Rendering.RecordingAccessor"/>); a page is the same as long as every value it read
/// is. Used by one thread at a time.
/// </summary>
public sealed class ReadLog
{
    /// <summary>The member name of a read that saw the whole object (its members iterated or indexed).</summary>
    public const string WholeObject = "*";

    private readonly HashSet<(object Target, string Member)> _reads = new(ReadComparer.Instance);

    public void Add(IStableKey target, string member) => _reads.Add((target, member));

    /// <summary>Adds what another render read: a partial drawn once and shown again on this page.</summary>
    public void AddAll(ReadLog other) => _reads.UnionWith(other._reads);

    public IReadOnlyCollection<(object Target, string Member)> Reads => _reads;

    /// <summary>The same object (by reference, as templates compare them) and the same member.</summary>
    private sealed class ReadComparer : IEqualityComparer<(object Target, string Member)>
    {
        public static readonly ReadComparer Instance = new();

        public bool Equals((object Target, string Member) x, (object Target, string Member) y) =>
            ReferenceEquals(x.Target, y.Target) && string.Equals(x.Member, y.Member, StringComparison.Ordinal);

        public int GetHashCode((object Target, string Member) read) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(read.Target), StringComparer.Ordinal.GetHashCode(read.Member));
    }
}
