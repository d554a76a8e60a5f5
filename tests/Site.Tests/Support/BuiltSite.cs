using Site.Generator.Build;

namespace Site.Tests.Support;

/// <summary>
/// The thesis, built once for all tests that read the output (xUnit collection fixture). The search index is
/// built too, so browser tests can use the explorer's search.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Output => _folder["output"];
    public SiteBuilder.Report Report { get; }
    public const string BaseUrl = "https://example.org";

    public BuiltSite()
    {
        // With the PDF and the EPUB, so that every test of the output sees them and the links to them.
        Report = new SiteBuilder(Options(Repository.Input, Output) with { BuildDocuments = true }).Build();
    }

    public static BuildOptions Options(string input, string output, bool searchIndex = true) => new()
    {
        InputDirectory = input,
        ThemeDirectory = Repository.Theme,
        OutputDirectory = output,
        BaseUrl = BaseUrl,
        DisplayRoot = Repository.Root,
        BuildSearchIndex = searchIndex,
    };

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public IEnumerable<string> HtmlFiles => Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built thesis";
}
