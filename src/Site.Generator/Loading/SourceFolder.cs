using Site.Generator.Diagnostics;

namespace Site.Generator.Loading;

/// <summary>
/// A folder the build reads (the study's, the theme's) and the rule for its files: each must lie inside it once
/// every symbolic link is followed. A link to a file elsewhere (/etc/passwd, a key in the author's home) would
/// otherwise be read and published with the site.
/// </summary>
public sealed class SourceFolder(string root)
{
    private readonly string _real = RealPath.Of(root);

    /// <summary>True when the file lies inside the folder; otherwise reports IO003 at the file and returns false.</summary>
    public bool Holds(string path, string displayPath, DiagnosticBag diagnostics)
    {
        string real;
        try { real = RealPath.Of(path); }
        catch (IOException e)
        {
            diagnostics.Error(SourceLocation.FileOnly(displayPath), "IO003", $"cannot read the file: {e.Message}");
            return false;
        }
        if (RealPath.IsSameOrInside(real, _real)) return true;
        diagnostics.Error(SourceLocation.FileOnly(displayPath), "IO003", "the file is a symbolic link to a file outside its folder, which the build does not read",
            "copy the file into the folder instead of linking to it");
        return false;
    }

    /// <summary>The file's text (<see cref="TextFile.Read"/>) when it lies inside the folder; null after a diagnostic otherwise.</summary>
    public string? Read(string path, string displayPath, DiagnosticBag diagnostics) =>
        Holds(path, displayPath, diagnostics) ? TextFile.Read(path, displayPath, diagnostics) : null;
}
