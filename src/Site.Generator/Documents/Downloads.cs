using System.Globalization;
using System.Security.Cryptography;

namespace Site.Generator.Documents;

/// <summary>A document of the study the site offers for download: its address, format and size.</summary>
public sealed record DownloadFile(string Format, string Path, long Bytes, string Size)
{
    /// <summary>The file's name: the study's slug and a hash of its content, so an address never names two versions.</summary>
    public static string Name(string slug, byte[] content, string extension) =>
        $"{slug}-{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}.{extension}";

    /// <summary>"1.2 MB", "840 KB" in the study's number format.</summary>
    public static string Describe(long bytes, CultureInfo culture) =>
        bytes >= 1_000_000 ? (bytes / 1_000_000.0).ToString("0.0", culture) + " MB" : Math.Max(1, (int)Math.Round(bytes / 1000.0)).ToString(culture) + " KB";
}

/// <summary>The documents made in this build; set by their pipelines before the pages that link them are rendered.</summary>
public sealed class Downloads
{
    public DownloadFile? Pdf { get; set; }
    public DownloadFile? Epub { get; set; }
    public IReadOnlyList<DownloadFile> All => new[] { Pdf, Epub }.OfType<DownloadFile>().ToList();

    /// <summary>The folder of the documents in the site; their names carry a content hash (cached as immutable).</summary>
    public const string Folder = "/assets/documents/";
}
