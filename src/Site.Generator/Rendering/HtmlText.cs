using System.Buffers;
using System.Text;

namespace Site.Generator.Rendering;

/// <summary>Escaping for HTML text and attribute values. Only the five characters that matter are escaped, so Norwegian letters stay readable in the source.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Text for a <c>&lt;pre&gt;</c> as one source line: escaped as text (a quotation mark needs no escape outside an
    /// attribute), with every line break (CR LF, LF, CR, or any other .NET's ReplaceLineEndings knows) written as
    /// <c>&amp;#10;</c>. One pass that copies the runs between special characters whole.
    /// </summary>
    public static string EscapePreformatted(string text)
    {
        var builder = new StringBuilder(text.Length + text.Length / 8);
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(PreformattedSpecials); at >= 0; at = rest.IndexOfAny(PreformattedSpecials))
        {
            builder.Append(rest[..at]);
            var c = rest[at];
            builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&#10;" });
            rest = rest[(c == '\r' && at + 1 < rest.Length && rest[at + 1] == '\n' ? at + 2 : at + 1)..];
        }
        return builder.Append(rest).ToString();
    }

    private static readonly SearchValues<char> PreformattedSpecials = SearchValues.Create("&<>\r\n\f\u0085\u2028\u2029");
}
