using System.Diagnostics;

namespace Site.Generator.Output;

/// <summary>
/// What killed builds leave beside the output: staging folders (<c>.output.building-PID</c>) and, from the
/// two-rename fallback of <see cref="DirectoryExchange"/>, a parked old site (<c>.output.old-PID</c>). The next
/// build removes those of processes that are gone, and if the output itself is missing, puts the parked site back.
/// Only folders that carry the output marker are touched.
/// </summary>
public static class StaleStaging
{
    public static string StagingName(string output, int pid) => $".{Path.GetFileName(output)}.building-{pid}";
    public static string ParkedName(string output, int pid) => $".{Path.GetFileName(output)}.old-{pid}";

    public static void Clean(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(output);
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var file = Path.GetFileName(folder);
            var parked = file.StartsWith($".{name}.old-", StringComparison.Ordinal);
            if (!parked && !file.StartsWith($".{name}.building-", StringComparison.Ordinal)) continue;
            if (!int.TryParse(file[(file.LastIndexOf('-') + 1)..], out var pid) || IsRunning(pid)) continue;
            if (!OutputMarker.IsIn(folder) && Directory.EnumerateFileSystemEntries(folder).Any()) continue;
            try
            {
                if (parked && !Directory.Exists(output)) Directory.Move(folder, output);
                else Directory.Delete(folder, recursive: true);
            }
            catch (IOException) { } // another build is cleaning it up at the same moment
            catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return false; // a folder of ours from before is stale: this process is new
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
