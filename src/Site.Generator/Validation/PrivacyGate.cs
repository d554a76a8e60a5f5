using System.IO.Compression;
using Site.Generator.Diagnostics;
using Site.Generator.Engine;

namespace Site.Generator.Validation;

/// <summary>
/// The last line of the privacy rules: every file the build writes is scanned for contact details as it is handed
/// to the output, whatever made it (a page, a data file, the sitemap, a template that prints a field the input
/// check never saw), and so is the search index once Pagefind has written it. A find fails the build with the
/// output file, line and column; the staging folder is then thrown away, so nothing is published.
/// </summary>
public sealed class PrivacyGate(ContactPatterns patterns, DiagnosticBag diagnostics, IOutputSink inner, string outputDisplayPath) : IOutputSink
{
    // Theme code and binary files: not the study's content (Pagefind's own scripts carry their translators'
    // e-mail addresses, and CSS colours read as digit runs).
    private static readonly HashSet<string> NotContent = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".wasm", ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".pdf", ".epub", ".zip", ".gz", ".br",
    };

    public PipelineDocument Accept(PipelineDocument document)
    {
        if (!document.Delivered && IsContent(document.Destination))
        {
            var text = document.Text ?? (document.Bytes is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null);
            if (text is not null) Scan(document.Destination, text, patterns, diagnostics, outputDisplayPath);
        }
        return inner.Accept(document);
    }

    // Netlify's header rules: fixed values (max-age=31536000 reads as a phone number) on paths of checked URL words.
    private const string HeaderRules = "_headers";

    public static bool IsContent(string destination) => !NotContent.Contains(Path.GetExtension(destination)) && destination != HeaderRules;

    /// <summary>
    /// Scans the files Pagefind wrote under <paramref name="folder"/> of the built site: the page fragments and
    /// metadata (compressed JSON, which hold the indexed text) in full; the word index for e-mail addresses only,
    /// since it stores words with their punctuation removed («2018-2020» becomes one run of eight digits) and so
    /// holds digit runs no reader ever sees. Throws <see cref="BuildFailedException"/> on a find.
    /// </summary>
    public static void ScanSearchIndex(string siteDirectory, string folder, ContactPatterns patterns, string outputDisplayPath)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.Combine(siteDirectory, folder);
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(siteDirectory, file).Replace('\\', '/');
            var extension = Path.GetExtension(file);
            if (!IsContent(relative)) continue;
            var bytes = File.ReadAllBytes(file);
            if (bytes is [0x1f, 0x8b, ..]) bytes = Decompress(bytes);
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Scan(relative, text, patterns, diagnostics, outputDisplayPath, emailOnly: extension == ".pf_index");
        }
        diagnostics.ThrowIfErrors();
    }

    /// <summary>
    /// Scans the text a binary file is made from (the HTML a PDF is typeset from, an EPUB's XHTML), under the
    /// name of the file it becomes: the gate cannot read the compressed file itself.
    /// </summary>
    public static void ScanText(string destination, string text, ContactPatterns patterns, DiagnosticBag diagnostics, string outputDisplayPath) =>
        Scan(destination, text, patterns, diagnostics, outputDisplayPath);

    private static void Scan(string destination, string text, ContactPatterns patterns, DiagnosticBag diagnostics, string outputDisplayPath, bool emailOnly = false)
    {
        // In JSON a line break inside a string is the two characters \n; a phone number hard-wrapped in the
        // source would otherwise pass. Same length, so positions stay true.
        var scanned = text.Contains("\\n", StringComparison.Ordinal) ? text.Replace("\\n", " \n", StringComparison.Ordinal).Replace("\\r", " \r", StringComparison.Ordinal) : text;
        foreach (var match in patterns.Find(scanned, emailOnly))
        {
            diagnostics.Error(SourceLocation.In(Path.Combine(outputDisplayPath, destination).Replace('\\', '/'), text, match.Index), match.Code,
                PrivacyCheck.Message(match, scanned, "in a file the build writes"),
                "the input checks did not see it: find what prints it (a template, a data file, a field the checks skip) and remove it, or list it under allowed_contacts in study.yml");
        }
    }

    private static byte[] Decompress(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
