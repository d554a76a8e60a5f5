using System.Runtime.InteropServices;

namespace Site.Generator.Output;

/// <summary>
/// Puts a finished folder in the place of another in one step. On Linux, renameat2(RENAME_EXCHANGE) swaps the two
/// names atomically: at every moment the output path holds a whole site, the old or the new. Where that call is
/// missing (another system, an old kernel, a file system without it), two renames do it, and the moment between
/// them is recovered by the next build (<see cref="StaleStaging"/>).
/// </summary>
public static class DirectoryExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const int ENOENT = 2, EBUSY = 16, EXDEV = 18, EINVAL = 22, ENOSYS = 38, ENOTSUP = 95, EACCES = 13, EPERM = 1;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>For tests: pretend renameat2 is unavailable, to exercise the two-rename fallback.</summary>
    public static bool DisableExchangeForTests { get; set; }

    /// <summary>
    /// Puts <paramref name="staging"/> in the place of <paramref name="output"/>. Returns true when an old output was
    /// exchanged, and so now lies at <paramref name="staging"/>; false when the output did not exist before.
    /// <paramref name="oldPath"/> is where the fallback parks the old output between its two renames.
    /// </summary>
    public static bool Swap(string staging, string output, string oldPath)
    {
        if (!Directory.Exists(output))
        {
            Move(staging, output);
            return false;
        }
        if (!DisableExchangeForTests && OperatingSystem.IsLinux())
        {
            var errno = TryExchange(staging, output);
            if (errno == 0) return true;
            if (errno is not (ENOSYS or EINVAL or ENOTSUP) && errno != -1) throw Failure(errno, output);
        }
        Move(output, oldPath);
        try { Move(staging, output); }
        catch
        {
            Move(oldPath, output);
            throw;
        }
        Move(oldPath, staging); // the caller finds the old site where the exchange would have left it
        return true;
    }

    /// <returns>0 on success, the errno otherwise; -1 when the C library has no renameat2.</returns>
    private static int TryExchange(string a, string b)
    {
        try { return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0 ? 0 : Marshal.GetLastPInvokeError(); }
        catch (EntryPointNotFoundException) { return -1; }
        catch (DllNotFoundException) { return -1; }
    }

    private static void Move(string from, string to)
    {
        try { Directory.Move(from, to); }
        catch (IOException e) when (e.HResult is EBUSY) { throw Failure(EBUSY, to); }
    }

    /// <summary>What a failed swap means, in words the author can act on.</summary>
    public static Exception Failure(int errno, string output) => errno switch
    {
        EBUSY => new IOException($"Could not put the new site in place: {output} is busy (a mount point, or a folder another program holds open). " +
                                 "The old site is still there. Write into a folder inside it, or close the program that holds it, and build again.", errno),
        EACCES or EPERM => new UnauthorizedAccessException($"Could not put the new site in place: no permission to rename {output} or its parent folder. The old site is still there."),
        EXDEV => new IOException($"Could not put the new site in place: the staging folder and {output} are on different file systems. The old site is still there.", errno),
        ENOENT => new IOException($"Could not put the new site in place: {output} or the staging folder vanished during the build. Build again.", errno),
        _ => new IOException($"Could not put the new site in place at {output} (error {errno}: {Marshal.GetPInvokeErrorMessage(errno)}). The old site is still there.", errno),
    };
}
