namespace Site.Generator.Output;

/// <summary>
/// The file every output folder carries, so that a later build can prove a folder is a site it wrote before it
/// replaces it. A dotfile in the site's root: no page links to it, the sitemap lists only pages, Pagefind reads
/// only HTML, and if a host publishes it, it says nothing but what it is. Its content never changes, so builds stay
/// byte-identical.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".research-site";

    public const string Content = "This folder is a website written by 'site build' (the research site generator).\n" +
                                  "The next build replaces it whole: do not keep anything of your own in it.\n";

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    public static void WriteInto(string directory) => File.WriteAllText(PathIn(directory), Content);

    /// <summary>True when the folder carries the marker with its exact content (a file of that name alone proves nothing).</summary>
    public static bool IsIn(string directory)
    {
        var path = PathIn(directory);
        try { return File.Exists(path) && new FileInfo(path).Length < 4096 && File.ReadAllText(path) == Content; }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
