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
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, Settings(maxCharacters));
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var at = new SourceLocation(display, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
            if (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(at, "QDA006", "the XML declares a DTD (a DOCTYPE); DTDs and entities are refused, since they can read files or expand without end",
                    "REFI-QDA files have no DOCTYPE; remove it, or export the project again");
            else
                diagnostics.Error(at, "QDA005", $"the XML is not well-formed: {e.Message}");
            return null;
        }
    }

    public static XmlAt At(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? new XmlAt(info.LineNumber, info.LinePosition) : new XmlAt(1, 1);
}
