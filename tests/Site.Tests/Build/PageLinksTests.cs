using Site.Generator.Output;

namespace Site.Tests.Build;

/// <summary>The summary of a page that the link check works from: its site links, its ids, and id links left unresolved.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class PageLinksTests
{
    private const string Page = """
        <a href="/sitater/a/">a</a><a class="x" href="/kapitler/4/#4-2-1">b</a>
        <a href="https://example.org/">ext</a><a href="quote:ukjent">unresolved</a><a href="Quote:upper">not a scheme</a>
        <h2 id="4-2">x</h2><p data-id="not-an-id" id="">empty</p><div
        id="line-start"></div><a href="/sitater/a/">again</a>
        """;

    [Fact]
    public void Reads_site_links_ids_and_unresolved_id_links_in_attributes()
    {
        var links = PageLinks.Read(Page, new StringPool());

        Assert.Equal(["/kapitler/4/#4-2-1", "/sitater/a/"], links.Hrefs.Order(StringComparer.Ordinal));
        Assert.Equal(["4-2", "line-start"], links.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["quote:ukjent"], links.UnresolvedIdLinks);
    }

    [Fact]
    public void Pages_share_one_string_per_link()
    {
        var pool = new StringPool();
        var first = PageLinks.Read("""<a href="/funn/x/">x</a>""", pool).Hrefs.Single();
        var second = PageLinks.Read("""<p><a href="/funn/x/">y</a></p>""", pool).Hrefs.Single();
        Assert.Same(first, second);
    }
}
