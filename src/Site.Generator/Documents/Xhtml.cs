using System.Text.RegularExpressions;

namespace Site.Generator.Documents;

/// <summary>
/// Makes the HTML the generator wrote well-formed XHTML for the EPUB: void elements closed, attributes without a
/// value given one, named character references other than XML's own written as numbers, inline SVG in its
/// namespace. The result is checked by parsing it; what fails is reported, never shipped.
/// </summary>
public static partial class Xhtml
{
    public static string From(string html)
    {
        html = Tag().Replace(html, m =>
        {
            var name = m.Groups[1].Value;
            var attributes = AttributeOf().Replace(m.Groups[2].Value, a => a.Groups[3].Success ? a.Value : $"{a.Groups[1].Value}{a.Groups[2].Value}=\"{a.Groups[2].Value}\"");
            if (name.Equals("svg", StringComparison.OrdinalIgnoreCase) && !attributes.Contains("xmlns=", StringComparison.Ordinal))
                attributes += " xmlns=\"http://www.w3.org/2000/svg\"";
            var selfClosing = m.Groups[3].Value.Length > 0 || Void.Contains(name.ToLowerInvariant());
            return $"<{name}{attributes.TrimEnd()}{(selfClosing ? "/" : "")}>";
        });
        return Entity().Replace(html, m => m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos" ? m.Value
            : System.Net.WebUtility.HtmlDecode(m.Value) is { Length: > 0 } c && c != m.Value ? string.Concat(c.EnumerateRunes().Select(r => $"&#{r.Value};")) : m.Value);
    }

    /// <summary>Null when <paramref name="xhtml"/> is well-formed XML, else the parser's message.</summary>
    public static string? Check(string xhtml)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(xhtml), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null });
            while (reader.Read()) { }
            return null;
        }
        catch (System.Xml.XmlException e) { return e.Message; }
    }

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [GeneratedRegex("""<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(/?)>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(\s+)([^\s=/>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")]
    private static partial Regex AttributeOf();

    [GeneratedRegex("&([a-zA-Z][a-zA-Z0-9]*);")]
    private static partial Regex Entity();
}
