using System.Buffers;
using System.Text;
using Site.Generator.Diagnostics;

namespace Site.Generator.Loading;

/// <summary>Reads an input file as strict UTF-8, so that a broken byte becomes a diagnostic, not a replacement character on the site.</summary>
public static class TextFile
{
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileOnly(displayPath), "IO001", $"cannot read the file: {e.Message}");
            return null;
        }
        var invalidAt = FirstInvalidByte(bytes);
        if (invalidAt >= 0)
        {
            var before = Encoding.UTF8.GetString(bytes, 0, invalidAt);
            var line = 1 + before.Count(c => c == '\n');
            var column = 1 + before.Length - (before.LastIndexOf('\n') + 1);
            diagnostics.Error(new SourceLocation(displayPath, line, column), "IO002", "the file is not valid UTF-8", "save the file with UTF-8 encoding");
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }
}
