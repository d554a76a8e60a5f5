namespace Site.Generator.Interchange;

/// <summary>
/// Bounds on what an archive may unpack to, so that a zip bomb (a few kilobytes that inflate to gigabytes) is refused
/// before it fills memory. Sizes are counted while inflating: the sizes a zip header claims can lie.
/// </summary>
public sealed record ArchiveLimits
{
    /// <summary>Interview transcripts are text: a few megabytes each at most. Larger entries are refused.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;
    public int MaxEntries { get; init; } = 10_000;
    /// <summary>Text compresses about 3–10 to 1; far beyond that an entry is made to inflate, not to be read.</summary>
    public int MaxRatio { get; init; } = 200;
    /// <summary>Small entries are not judged by their ratio: a run of spaces compresses far, and costs nothing.</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    public static ArchiveLimits Default { get; } = new();
}
