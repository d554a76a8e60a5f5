using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.Content;

/// <summary>
/// The text a reader sees on a page: the text of <c>main</c>, with a break between block elements (so that table
/// cells and list items do not run together) and the numbers of ordered lists, which the browser draws.
/// </summary>
public static class SiteText
{
    // Elements that flow within a line: no word break at their edges («<a>ord</a>et» is one word).
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal) { "script", "style", "template", "noscript" };

    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.Body ?? (INode)document;
        var builder = new StringBuilder();
        Append(root, builder);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        if (node is IText text)
        {
            builder.Append(text.Data);
            return;
        }
        if (node is IElement element && (Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"))) return;
        var block = node is IElement e && !Inline.Contains(e.LocalName);
        if (block) builder.Append('\n');
        if (node is IElement { LocalName: "li", ParentElement: { LocalName: "ol" } list } item)
            builder.Append(ListNumber(list, item)).Append(". ");
        foreach (var child in node.ChildNodes) Append(child, builder);
        if (block) builder.Append('\n');
    }

    private static int ListNumber(IElement list, IElement item)
    {
        var start = int.TryParse(list.GetAttribute("start"), out var s) ? s : 1;
        return start + list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count();
    }
}
