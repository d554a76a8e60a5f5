using System.Text;

namespace Site.Generator.Rendering;

/// <summary>
/// The text buffers templates render into, kept per thread and reused. Scriban gives every render and every
/// partial a fresh StringBuilder that grows block by block to the page's size: at 10,000 quote pages that was
/// 2.4 GB of garbage, most of the build's allocations. A reused buffer has grown to the size of a page once.
/// </summary>
internal static class OutputBuffers
{
    // Pages start near 16 K characters; a buffer that grew past this (a list of every quote) is let go, not kept.
    private const int InitialCapacity = 16 * 1024;
    private const int LargestKept = 1024 * 1024;

    [ThreadStatic] private static Stack<StringBuilder>? _free;

    public static StringBuilder Rent() =>
        _free is { Count: > 0 } free ? free.Pop() : new StringBuilder(InitialCapacity);

    /// <summary>Puts a buffer back, emptied, for the next render on this thread.</summary>
    public static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity > LargestKept) return;
        buffer.Clear();
        (_free ??= new Stack<StringBuilder>()).Push(buffer);
    }
}
