namespace Site.Generator.Output;

/// <summary>Whether a folder is a mount point (Linux: /proc/self/mountinfo), which cannot be renamed or replaced.</summary>
public static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    public static bool IsMountPoint(string realPath)
    {
        if (!File.Exists(MountInfo)) return false;
        foreach (var line in File.ReadLines(MountInfo))
        {
            // Fields: id, parent id, major:minor, root, mount point (octal escapes for space, tab, newline, backslash), …
            var fields = line.Split(' ');
            if (fields.Length > 4 && Unescape(fields[4]) == realPath) return true;
        }
        return false;
    }

    private static string Unescape(string field) =>
        field.Replace("\\040", " ").Replace("\\011", "\t").Replace("\\012", "\n").Replace("\\134", "\\");
}
