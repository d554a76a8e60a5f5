using Site.Generator.Build;

namespace Site.Tests.Support;

/// <summary>
/// A study built once into a temporary folder for a test class (an xUnit class fixture): its report and its
/// files. A subclass says which study and how it is built, then calls <see cref="Build"/>.
/// </summary>
public abstract class BuiltStudy : IDisposable
{
    protected TempFolder Temp { get; } = new();

    public string Output => Temp["out"];

    public SiteBuilder.Report Report { get; private set; } = null!;

    /// <summary>Builds the study without its search index, with paths in diagnostics shown from <paramref name="displayRoot"/>.</summary>
    protected void Build(string input, string? displayRoot = null)
    {
        var options = BuiltSite.Options(input, Output, searchIndex: false);
        Report = new SiteBuilder(displayRoot is null ? options : options with { DisplayRoot = displayRoot }).Build();
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IEnumerable<string> HtmlFiles => Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => Temp.Dispose();
}
