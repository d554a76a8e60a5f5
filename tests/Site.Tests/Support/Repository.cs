namespace Site.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's location.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string TinyStudy => Path.Combine(Root, "tests", "fixtures", "tiny-study");
    /// <summary>An English study of schools coded by reflexive thematic analysis.</summary>
    public static string SchoolsStudy => Path.Combine(Root, "tests", "fixtures", "schools-study");
    public static string SourceText => Path.Combine(Input, "source", "thesis.txt");

    private static string FindRoot()
    {
        var recorded = typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Site.sln"))) return recorded.TrimEnd('/');
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Could not find Site.sln above the test assembly.");
    }

    /// <summary>A fresh temporary folder, deleted when disposed.</summary>
    public static TempFolder NewTempFolder() => new();
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Path);

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
