namespace Site.Tests.SiteOutput;

/// <summary>
/// netlify.toml sends a strict Content-Security-Policy (script-src 'self'; style-src 'self'): the browser would
/// block any inline script, style or event handler. So the output must contain none, on any page.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class InlineCodeTests(BuiltSite site)
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "cite", "poster", "data"];

    [Fact]
    public void No_page_has_an_inline_script_style_event_handler_or_javascript_url()
    {
        var pages = new OutputPages(site.Output, BuiltSite.BaseUrl);
        var found = new List<string>();
        var elements = 0;
        foreach (var file in pages.Files)
        {
            foreach (var element in pages.Document(file).All)
            {
                elements++;
                var tag = element.LocalName;
                if (tag == "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/ld+json")
                    found.Add($"{file}: inline <script>{Excerpt(element.TextContent)}");
                if (tag == "script" && element.GetAttribute("type") == "application/ld+json" && element.TextContent.Contains("</", StringComparison.Ordinal))
                    found.Add($"{file}: JSON-LD with a closing tag inside");
                if (tag == "style") found.Add($"{file}: <style>{Excerpt(element.TextContent)}");
                foreach (var attribute in element.Attributes)
                {
                    var name = attribute.Name.ToLowerInvariant();
                    if (name == "style") found.Add($"{file}: <{tag} style=\"{attribute.Value}\">");
                    else if (name.StartsWith("on", StringComparison.Ordinal)) found.Add($"{file}: <{tag} {name}=\"{Excerpt(attribute.Value)}\">");
                    else if (UrlAttributes.Contains(name) && IsJavaScriptUrl(attribute.Value)) found.Add($"{file}: <{tag} {name}=\"{attribute.Value}\">");
                }
            }
        }

        Assert.True(elements > 50_000, $"only {elements} elements were read: the walk over the output is broken");
        Assert.True(found.Count == 0, $"{found.Count} inline script(s), style(s) or handler(s) the CSP would block:\n" + string.Join("\n", found.Take(40)));
    }

    /// <summary>Browsers ignore control characters and whitespace in a URL's scheme, so «java\tscript:» counts too.</summary>
    private static bool IsJavaScriptUrl(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static string Excerpt(string text) => text.Length <= 60 ? text.Trim() : text.Trim()[..Math.Min(60, text.Trim().Length)] + "…";
}
