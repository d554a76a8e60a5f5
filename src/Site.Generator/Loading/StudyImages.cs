using System.Security.Cryptography;
using System.Xml;
using MetadataExtractor;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Loading;

/// <summary>
/// The study's own images (image figures, images in the text): read from the study's folder, refused when they are
/// missing, outside it or of a kind browsers do not all show, and published under a content-hashed name with their
/// width and height, so they can be cached for a year and never shift the page as they load.
/// </summary>
public sealed class StudyImages(string studyDirectory, string folder, DiagnosticBag diagnostics)
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { ".svg", ".png", ".jpg", ".jpeg", ".webp" };

    private readonly string _root = Path.GetFullPath(studyDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    private readonly Dictionary<string, FigureImage> _published = new(StringComparer.Ordinal);

    /// <summary>Every image published, for the output.</summary>
    public IEnumerable<FigureImage> All => _published.Values.OrderBy(i => i.Destination, StringComparer.Ordinal);

    /// <summary>The published image of a path relative to the study's folder, or null with an error at <paramref name="at"/>.</summary>
    public FigureImage? Publish(string relativePath, SourceLocation at)
    {
        lock (_published)
        {
            if (_published.TryGetValue(relativePath, out var known)) return known;
            var image = Read(relativePath, at);
            if (image is not null) _published[relativePath] = image;
            return image;
        }
    }

    private FigureImage? Read(string relativePath, SourceLocation at)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            diagnostics.Error(at, "IMG01", $"'{relativePath}' is not an image the site can show", "use SVG, PNG, JPEG or WebP");
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(_root, StringComparison.Ordinal))
        {
            diagnostics.Error(at, "IMG02", $"the image '{relativePath}' lies outside the study's folder", "put it in the study's folder, e.g. figures/");
            return null;
        }
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            diagnostics.Error(at, "IMG03", $"the image '{relativePath}' does not exist", "a figure's src is read from the study's folder, an image in the text from its chapter's folder");
            return null;
        }
        if (info.LinkTarget is not null)
        {
            diagnostics.Error(at, "IMG04", $"the image '{relativePath}' is a symbolic link", "copy the file into the study's folder");
            return null;
        }
        var bytes = File.ReadAllBytes(full);
        var size = extension == ".svg" ? SvgSize(bytes) : RasterSize(bytes);
        if (size is not { } wh)
        {
            diagnostics.Error(at, "IMG05", $"the size of the image '{relativePath}' cannot be read", extension == ".svg" ? "give the <svg> a viewBox or a width and height" : "the file may be damaged");
            return null;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var name = Urls.Slug.From(Path.GetFileNameWithoutExtension(relativePath));
        var destination = $"{folder}/{name}.{hash}{(extension == ".jpeg" ? ".jpg" : extension)}";
        return new FigureImage("/" + destination, wh.Width, wh.Height, bytes, destination);
    }

    private static (int Width, int Height)? RasterSize(byte[] bytes)
    {
        try
        {
            foreach (var directory in ImageMetadataReader.ReadMetadata(new MemoryStream(bytes)))
            {
                (int, int)? size = directory switch
                {
                    PngDirectory png when png.TryGetInt32(PngDirectory.TagImageWidth, out var w) && png.TryGetInt32(PngDirectory.TagImageHeight, out var h) => (w, h),
                    JpegDirectory jpeg when jpeg.TryGetInt32(JpegDirectory.TagImageWidth, out var w) && jpeg.TryGetInt32(JpegDirectory.TagImageHeight, out var h) => (w, h),
                    WebPDirectory webp when webp.TryGetInt32(WebPDirectory.TagImageWidth, out var w) && webp.TryGetInt32(WebPDirectory.TagImageHeight, out var h) => (w, h),
                    _ => null,
                };
                if (size is { Item1: > 0, Item2: > 0 }) return size;
            }
        }
        catch (ImageProcessingException) { }
        return null;
    }

    /// <summary>An SVG's size from its width and height (in pixels, or unitless), or from its viewBox.</summary>
    private static (int Width, int Height)? SvgSize(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName != "svg") return null;
                if (Pixels(reader.GetAttribute("width")) is { } w && Pixels(reader.GetAttribute("height")) is { } h) return (w, h);
                var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                if (box is { Length: 4 } && double.TryParse(box[2], System.Globalization.CultureInfo.InvariantCulture, out var bw) && double.TryParse(box[3], System.Globalization.CultureInfo.InvariantCulture, out var bh) && bw > 0 && bh > 0)
                    return ((int)Math.Round(bw), (int)Math.Round(bh));
                return null;
            }
        }
        catch (XmlException) { }
        return null;
    }

    private static int? Pixels(string? length)
    {
        if (length is null) return null;
        var number = length.EndsWith("px", StringComparison.Ordinal) ? length[..^2] : length;
        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? (int)Math.Round(value) : null;
    }
}
