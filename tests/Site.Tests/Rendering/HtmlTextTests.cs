using Site.Generator.Rendering;

namespace Site.Tests.Rendering;

/// <summary>The escapes every page's text goes through.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("plain «tekst» æøå", "plain «tekst» æøå")]
    [InlineData("a & b <i> \"c\" 'd'", "a &amp; b &lt;i&gt; &quot;c&quot; &#39;d&#39;")]
    public void Escape_makes_text_safe_in_content_and_in_attributes(string text, string escaped) =>
        Assert.Equal(escaped, HtmlText.Escape(text));

    [Theory]
    [InlineData("TY  - THES\r\nER  - \r\n", "TY  - THES&#10;ER  - &#10;")]
    [InlineData("a\nb\rc\r\n\r\nd", "a&#10;b&#10;c&#10;&#10;d")]
    [InlineData("{\"note\": \"<b> & «c»\"}", "{\"note\": \"&lt;b&gt; &amp; «c»\"}")]
    [InlineData("ends with CR\r", "ends with CR&#10;")]
    [InlineData("", "")]
    public void Preformatted_text_is_one_source_line_with_its_breaks_and_specials_escaped(string text, string escaped) =>
        Assert.Equal(escaped, HtmlText.EscapePreformatted(text));

    [Fact]
    public void Preformatted_text_reads_back_as_the_text_with_its_line_breaks_as_line_feeds()
    {
        var text = "@book{k,\r\n  title = {A <b> & \"c\"},\r\n}\n\u2028x";
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<pre>{HtmlText.EscapePreformatted(text)}</pre>");
        Assert.Equal(text.ReplaceLineEndings("\n"), parsed.QuerySelector("pre")!.TextContent);
    }
}
