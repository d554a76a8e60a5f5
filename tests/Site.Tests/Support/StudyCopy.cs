namespace Site.Tests.Support;

/// <summary>A private copy of a study (and optionally the theme) in a temp folder, for tests that break things.</summary>
public sealed class StudyCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Input => _folder["input"];
    public string Theme { get; }
    public string Output => _folder["output"];

    public StudyCopy(string? study = null, bool copyTheme = false)
    {
        CopyDirectory(study ?? Repository.TinyStudy, Input);
        if (copyTheme)
        {
            Theme = _folder["theme"];
            CopyDirectory(Repository.Theme, Theme, skip: "node_modules");
        }
        else Theme = Repository.Theme;
    }

    public string PathOf(string relative) => Path.Combine(Input, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        if (!text.Contains(oldText, StringComparison.Ordinal)) throw new InvalidOperationException($"'{oldText}' is not in {relative}");
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public Site.Generator.Build.BuildOptions Options(bool searchIndex = false) =>
        BuiltSite.Options(Input, Output, searchIndex) with { ThemeDirectory = Theme, DisplayRoot = _folder.Path };

    public static void CopyDirectory(string from, string to, string? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(from))
            if (Path.GetFileName(directory) != skip) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
    }

    public void Dispose() => _folder.Dispose();
}
