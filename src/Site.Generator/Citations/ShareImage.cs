using System.Buffers.Binary;
using System.IO.Compression;
using Site.Generator.Model;

namespace Site.Generator.Citations;

/// <summary>
/// The study's share image (og:image): a 1200×630 PNG drawn from the study itself, one bar per research question,
/// as tall as the findings that answer it, in the theme's colours. It carries no text, so it needs no font and
/// looks the same on every machine; the page's title and description stand beside it in a link preview, and
/// og:image:alt says what it shows. Written with .NET's zlib and a few lines of PNG, byte-identical for the same study.
/// </summary>
public static class ShareImage
{
    public const string Path = "/share.png";
    public const int Width = 1200;
    public const int Height = 630;

    private static readonly (byte R, byte G, byte B) Background = (0xfb, 0xfa, 0xf7);
    private static readonly (byte R, byte G, byte B) Accent = (0x1f, 0x4e, 0x79);
    private static readonly (byte R, byte G, byte B) Gold = (0xb5, 0x89, 0x3a);
    private static readonly (byte R, byte G, byte B) Rule = (0xd9, 0xd4, 0xc7);

    /// <summary>What the image shows, in the study's words: its title and authors (og:image:alt).</summary>
    public static string AltText(Study study) =>
        $"{Citation.TitleOf(study)} – {string.Join(", ", study.Authors.Select(a => a.FullName))} ({study.Year})";

    public static byte[] Draw(StudyModel model)
    {
        var pixels = new byte[Height * (1 + Width * 3)];
        Fill(pixels, 0, 0, Width, Height, Background);
        Fill(pixels, 0, 0, 48, Height, Accent);
        Fill(pixels, 96, Height - 90, Width - 96, Height - 86, Rule);

        var questions = model.Study.ResearchQuestions.OrderBy(q => q.Number).ToList();
        var counts = questions.Select(q => model.Findings.Count(f => f.QuestionNumber == q.Number)).ToList();
        if (counts.Count == 0) counts.Add(1);
        var most = Math.Max(1, counts.Max());
        var slot = (Width - 192) / counts.Count;
        for (var i = 0; i < counts.Count; i++)
        {
            var height = 60 + (Height - 240) * counts[i] / most;
            var left = 96 + i * slot + slot / 6;
            Fill(pixels, left, Height - 90 - height, left + slot * 2 / 3, Height - 90, i % 2 == 0 ? Accent : Gold);
        }
        return Png(pixels);
    }

    private static void Fill(byte[] pixels, int x0, int y0, int x1, int y1, (byte R, byte G, byte B) colour)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            var row = y * (1 + Width * 3) + 1;
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                pixels[row + x * 3] = colour.R;
                pixels[row + x * 3 + 1] = colour.G;
                pixels[row + x * 3 + 2] = colour.B;
            }
        }
    }

    /// <summary>An 8-bit RGB PNG of rows that each start with filter byte 0 (none).</summary>
    private static byte[] Png(byte[] rows)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // RGB
        Chunk(file, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(rows);
            Chunk(file, "IDAT", compressed.ToArray());
        }
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        file.Write(number);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }
}
