namespace Site.Generator.Output;

/// <summary>A failed write of the site, said in words the author can act on (a full disk is not a bug of the study).</summary>
public static class WriteFailure
{
    private const int ENOSPC = 28, EDQUOT = 122, EROFS = 30, EIO = 5;

    public static Exception Of(IOException e, string destination, string folder) => (e.HResult & 0xFFFF) switch
    {
        ENOSPC => new IOException($"The disk is full: could not write {destination} into {folder}. Free some space (or build elsewhere with --output) and build again.", e),
        EDQUOT => new IOException($"The disk quota is used up: could not write {destination} into {folder}. Free some space and build again.", e),
        EROFS => new IOException($"The file system is read-only: could not write {destination} into {folder}. Choose another --output.", e),
        EIO => new IOException($"The disk reported an input/output error while writing {destination} into {folder}. Check the disk, then build again.", e),
        _ => new IOException($"Could not write {destination} into {folder}: {e.Message}", e),
    };
}
