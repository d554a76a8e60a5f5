using System.Xml;
using System.Xml.Linq;
using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// Loads the project's XML with line information and without any of XML's ways to reach outside the file: a DTD
/// (and so every entity, the billion-laughs expansion included) is refused, and no resolver may fetch anything.
/// </summary>
public static class SecureXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XDocument? Load(byte[] bytes, string display, DiagnosticBag diagnostics, long maxCharacters = 256L * 1024 * 1024)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings(maxCharacters));
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // The DTD refusal carries no position of its own; the reader still stands at the DOCTYPE.
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition)
                : reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
            var at = new SourceLocation(display, Math.Max(1, line), Math.Max(1, column));
            if (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(DoctypeAt(bytes, display) ?? at, "QDA006", "the XML declares a DTD (a DOCTYPE); DTDs and entities are refused, since they can read files or expand without end",
                    "REFI-QDA files have no DOCTYPE; remove it, or export the project again");
            else
                diagnostics.Error(at, "QDA005", $"the XML is not well-formed: {e.Message}");
            return null;
        }
    }

    /// <summary>Where the DOCTYPE stands: the reader refuses it without saying.</summary>
    private static SourceLocation? DoctypeAt(byte[] bytes, string display)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var index = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (index < 0) return null;
        var before = text[..index];
        return new SourceLocation(display, 1 + before.Count(c => c == '\n'), 1 + index - (before.LastIndexOf('\n') + 1));
    }

    public static XmlAt At(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? new XmlAt(info.LineNumber, info.LinePosition) : new XmlAt(1, 1);
}
