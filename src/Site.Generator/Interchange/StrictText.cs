using System.Buffers;
using System.Text;
using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// Decodes a source text as strict UTF-8. A broken byte is a located error, not a replacement character: the text is
/// research data, and every quote's positions are counted in it. A byte-order mark is dropped (tools count from after it).
/// </summary>
public static class StrictText
{
    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) != OperationStatus.Done)
            {
                var before = Encoding.UTF8.GetString(bytes, 0, offset);
                var line = 1 + before.Count(c => c == '\n');
                var column = 1 + CodePoints.Count(before[(before.LastIndexOf('\n') + 1)..]);
                diagnostics.Error(new SourceLocation(display, line, column), "QDA007", $"the source text is not valid UTF-8 (byte {offset})",
                    "REFI-QDA source texts are UTF-8; export the project again, or convert the file");
                return null;
            }
            offset += consumed;
        }
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
