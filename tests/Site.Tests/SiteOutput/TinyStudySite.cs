using Site.Generator.Build;

namespace Site.Tests.SiteOutput;

/// <summary>The tiny second study, built once for the snapshot tests.</summary>
public sealed class TinyStudySite : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Output => _folder["out"];

    public TinyStudySite() => new SiteBuilder(BuiltSite.Options(Repository.TinyStudy, Output, searchIndex: false)).Build();

    /// <summary>The &lt;main&gt; element exactly as the generator wrote it: the page's own content, without the head's asset hashes.</summary>
    public string MainOf(string file)
    {
        var html = File.ReadAllText(Path.Combine(Output, file));
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{file} has no <main> element");
        return html[start..(end + "</main>".Length)];
    }

    public void Dispose() => _folder.Dispose();
}
