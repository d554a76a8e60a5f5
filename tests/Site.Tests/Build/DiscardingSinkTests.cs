using Site.Generator.Engine;
using Site.Generator.Output;

namespace Site.Tests.Build;

/// <summary>
/// <c>check</c> renders every page as <c>build</c> does and writes none; it keeps of each page only its links, as
/// a build keeps only a slim copy once the page is written, so that its memory does not grow with the site's HTML.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class DiscardingSinkTests
{
    [Fact]
    public void A_page_is_kept_as_its_links_only_and_a_second_page_at_one_address_is_refused()
    {
        var sink = new DiscardingSink();
        var page = PipelineDocument.Create("a/index.html") with { Text = "<main id=\"top\"><a href=\"/b/#x\">b</a></main>" };

        var kept = sink.Accept(page);

        Assert.True(kept.Delivered);
        Assert.False(kept.HasText);
        Assert.Null(kept.WrittenTo);
        var links = kept.Get<PageLinks>(PageLinks.MetadataKey);
        Assert.Contains("/b/#x", links.Hrefs);
        Assert.Contains("top", links.Ids);
        Assert.Throws<InvalidOperationException>(() => sink.Accept(PipelineDocument.Create("a/index.html") with { Text = "<p>again</p>" }));
    }
}
