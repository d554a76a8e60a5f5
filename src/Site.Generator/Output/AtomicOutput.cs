using Site.Generator.Diagnostics;
using Site.Generator.Loading;

namespace Site.Generator.Output;

/// <summary>
/// Writes the site into a fresh folder beside the output and swaps it in only when everything succeeded:
/// a failed build leaves the previous site untouched, and a reader of the folder never sees half a site.
/// The swap replaces only a folder that carries the output marker (or is empty, or missing), and is one atomic
/// exchange where the system allows it (<see cref="DirectoryExchange"/>). A build that is cancelled
/// (<see cref="Abandon"/>: Ctrl+C, SIGTERM) deletes its staging folder; one that is killed leaves it to the next.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private enum State { Building, Committed, Abandoned }

    private readonly string _output;
    // Writers share it; Abandon and Commit take it alone, so no file is written into a folder being deleted or swapped.
    private readonly ReaderWriterLockSlim _lock = new();
    private State _state;

    public string StagingDirectory { get; }

    public bool IsCommitted => _state == State.Committed;

    /// <summary>After <see cref="Commit"/>: the previous site could not be deleted, and lies here (the next build removes it).</summary>
    public string? LeftBehind { get; private set; }

    /// <summary>After <see cref="Commit"/>: why the previous site could not be deleted.</summary>
    public string? LeftBehindReason { get; private set; }

    public AtomicOutput(string outputDirectory)
    {
        _output = RealPath.Of(outputDirectory);
        var parent = Path.GetDirectoryName(_output);
        if (parent is null) throw new UsageException($"--output {outputDirectory}: the root of the file system cannot be the output folder.");
        Directory.CreateDirectory(parent);
        StaleStaging.Clean(_output);
        StagingDirectory = Path.Combine(parent, StaleStaging.StagingName(_output, Environment.ProcessId));
        if (Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
        Directory.CreateDirectory(StagingDirectory);
        OutputMarker.WriteInto(StagingDirectory);
    }

    /// <summary>The full path of a file in the staging folder; refuses any path that would leave it.</summary>
    public string PathOf(string destination) => SafePath(StagingDirectory, destination);

    /// <summary>Writes one file into the staging folder (its folders made first); throws once the build was cancelled.</summary>
    public string Write(string destination, Action<string> write)
    {
        var path = PathOf(destination);
        _lock.EnterReadLock();
        try
        {
            if (_state != State.Building) throw new OperationCanceledException("The build was cancelled.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write(path);
            return path;
        }
        finally { _lock.ExitReadLock(); }
    }

    public static string SafePath(string root, string destination)
    {
        if (destination.Length == 0 || Path.IsPathRooted(destination) || destination.Contains('\\') || destination.Contains('\0'))
            throw new InvalidOperationException($"Refusing to write '{destination}': not a relative path.");
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{destination}': it would leave the output folder.");
        return full;
    }

    /// <summary>Swaps the staging folder in as the output, then deletes the previous site.</summary>
    public void Commit()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_state != State.Building) throw new OperationCanceledException("The build was cancelled.");
            // Checked again: the folder may have changed while the site was built.
            OutputGuard.CheckReplaceable(_output, $"--output {_output}");
            var parent = Path.GetDirectoryName(_output)!;
            DirectoryExchange.Swap(StagingDirectory, _output, Path.Combine(parent, StaleStaging.ParkedName(_output, Environment.ProcessId)));
            _state = State.Committed;
        }
        finally { _lock.ExitWriteLock(); }
        // The previous site (if any) now lies at the staging path. The new one is in place whatever happens here.
        if (DeleteTree(StagingDirectory) is { } failure)
        {
            LeftBehind = StagingDirectory;
            LeftBehindReason = failure;
        }
    }

    /// <summary>
    /// Cancels the build from any thread: no file is written after it returns, and the staging folder is deleted.
    /// After a commit it only finishes deleting the previous site.
    /// </summary>
    public void Abandon()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_state == State.Building) _state = State.Abandoned;
            DeleteStaging();
        }
        finally { _lock.ExitWriteLock(); }
    }

    private void DeleteStaging() => DeleteTree(StagingDirectory); // what is left, the next build removes

    /// <summary>
    /// Deletes a folder, trying again while it still exists: a signal handler may be deleting the same tree on another
    /// thread, and a file the other removed first makes one recursive delete stop half-way. Null when it is gone.
    /// </summary>
    private static string? DeleteTree(string path)
    {
        string? failure = null;
        for (var attempt = 0; attempt < 5 && Directory.Exists(path); attempt++)
        {
            try { Directory.Delete(path, recursive: true); failure = null; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { failure = e.Message; }
        }
        return Directory.Exists(path) ? failure ?? "it could not be deleted" : null;
    }

    public void Dispose()
    {
        // The lock is not disposed: a signal handler may still be abandoning the build on another thread.
        if (_state != State.Committed) Abandon();
    }
}
