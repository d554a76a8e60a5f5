namespace Site.Serve;

/// <summary>
/// The <c>_headers</c> file of the site being served, read again whenever a build has changed it (its URL words
/// name the folders the rules are for).
/// </summary>
public sealed class SiteHeaders(string outputDirectory)
{
    public const string FileName = "_headers";

    private readonly object _gate = new();
    private (DateTime Written, long Length) _version;
    private NetlifyHeaders _rules = new();

    public NetlifyHeaders Current
    {
        get
        {
            var file = new FileInfo(Path.Combine(outputDirectory, FileName));
            var version = file.Exists ? (file.LastWriteTimeUtc, file.Length) : default;
            lock (_gate)
            {
                if (version != _version)
                {
                    _rules = file.Exists ? NetlifyHeaders.Parse(ReadOrEmpty(file.FullName)) : new NetlifyHeaders();
                    _version = version;
                }
                return _rules;
            }
        }
    }

    // A build may be swapping the folder in at this moment: the next request reads the file again.
    private static string ReadOrEmpty(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
    }
}
