namespace Site.Generator.Output;

/// <summary>
/// Writes the site into a fresh folder beside the output and swaps it in only when everything succeeded:
/// a failed build leaves the previous site untouched, and a reader of the folder never sees half a site.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private readonly string _output;
    private bool _committed;

    public string StagingDirectory { get; }

    public AtomicOutput(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("The output folder cannot be the root.");
        Directory.CreateDirectory(parent);
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_output)}.building-{Environment.ProcessId}");
        if (Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>The full path of a file in the staging folder; refuses any path that would leave it.</summary>
    public string PathOf(string destination) => SafePath(StagingDirectory, destination);

    public static string SafePath(string root, string destination)
    {
        if (destination.Length == 0 || Path.IsPathRooted(destination) || destination.Contains('\\') || destination.Contains('\0'))
            throw new InvalidOperationException($"Refusing to write '{destination}': not a relative path.");
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{destination}': it would leave the output folder.");
        return full;
    }

    /// <summary>Swaps the staging folder in as the output.</summary>
    public void Commit()
    {
        var old = _output + $".old-{Environment.ProcessId}";
        if (Directory.Exists(_output)) Directory.Move(_output, old);
        Directory.Move(StagingDirectory, _output);
        _committed = true;
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
    }
}
