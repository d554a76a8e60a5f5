using Site.Generator.Diagnostics;
using Site.Generator.Loading;

namespace Site.Generator.Output;

/// <summary>
/// Refuses an output folder whose replacement would destroy something of the author's. The build replaces its
/// output whole, so the output may not be, hold or lie inside the study or the theme; may not hold the working
/// directory; may not be a project folder (a .git, a *.sln, a netlify.toml); and, when it exists and is not empty,
/// must carry the marker of a site this generator wrote (<see cref="OutputMarker"/>). Every way of building
/// (the command line, the preview, a test) passes through here, so none of them can be pointed at the study.
/// </summary>
public static class OutputGuard
{
    public static void Check(string outputDirectory, string inputDirectory, string themeDirectory, string workingDirectory)
    {
        try { CheckReal(outputDirectory, inputDirectory, themeDirectory, workingDirectory); }
        catch (IOException e) { throw new UsageException(e.Message); }
    }

    private static void CheckReal(string outputDirectory, string inputDirectory, string themeDirectory, string workingDirectory)
    {
        var named = $"--output {outputDirectory}";
        var output = RealPath.Of(outputDirectory);
        if (output == Path.GetPathRoot(output))
            throw new UsageException($"{named}: the root of the file system cannot be the output folder; the build replaces its output whole. Choose a folder of its own, such as 'output'.");

        Protect(named, output, RealPath.Of(inputDirectory), "the study's folder (--input)");
        Protect(named, output, RealPath.Of(themeDirectory), "the theme's folder (--theme)");
        var working = RealPath.Of(workingDirectory);
        if (output != working && RealPath.IsSameOrInside(working, output))
            throw new UsageException($"{named} holds the working directory ({working}); the build replaces its output whole, so it would delete it. Choose a folder of its own, such as 'output'.");

        if (File.Exists(output))
            throw new UsageException($"{named} is a file, not a folder. Choose a folder of its own, such as 'output'.");
        if (!Directory.Exists(output)) return;
        if (MountPoints.IsMountPoint(output))
            throw new UsageException($"{named} is a mount point: the build swaps a finished site in its place in one step, which a mount point cannot take. Write into a folder inside it, such as {Path.Combine(outputDirectory, "site")}.");
        CheckReplaceable(output, named);
    }

    /// <summary>
    /// The last check before an existing folder is replaced: it holds no project, and it is empty or a site of ours.
    /// Made again at the swap, in case the folder changed while the site was built.
    /// </summary>
    public static void CheckReplaceable(string output, string named)
    {
        if (!Directory.Exists(output)) return;
        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
            throw new UsageException($"{named} holds a .git repository; the build replaces its output whole and would delete it. Choose a folder of its own, such as 'output'.");
        if (Directory.EnumerateFiles(output, "*.sln").Any() || Directory.EnumerateFiles(output, "*.slnx").Any())
            throw new UsageException($"{named} holds a .sln solution, so it is a project folder; the build replaces its output whole and would delete it. Choose a folder of its own, such as 'output'.");
        if (File.Exists(Path.Combine(output, "netlify.toml")))
            throw new UsageException($"{named} holds netlify.toml, so it is a project folder; the build replaces its output whole and would delete it. Choose a folder of its own, such as 'output'.");
        if (OutputMarker.IsIn(output) || !Directory.EnumerateFileSystemEntries(output).Any()) return;
        throw new UsageException(
            $"{named} exists and was not written by 'site build' (it has no {OutputMarker.FileName} marker). The build replaces its output whole, " +
            "so it will not delete a folder it cannot prove is a site of its own. Choose a new or empty folder; or, if this is a site built " +
            $"before builds left the marker, delete it yourself first (rm -r {output}).");
    }

    private static void Protect(string named, string output, string folder, string what)
    {
        if (output == folder)
            throw new UsageException($"{named} is {what}; the build replaces its output whole, so it would delete it. Choose a folder of its own, such as 'output'.");
        if (RealPath.IsSameOrInside(output, folder))
            throw new UsageException($"{named} lies inside {what}; the site would be read back as part of it, and a later build would replace it. Choose a folder outside it, such as 'output'.");
        if (RealPath.IsSameOrInside(folder, output))
            throw new UsageException($"{named} holds {what}; the build replaces its output whole, so it would delete it. Choose a folder of its own, such as 'output'.");
    }
}
