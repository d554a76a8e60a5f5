using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Build;

/// <summary>Retired ids keep working through redirects, and the build refuses to publish a broken internal link.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class RedirectsAndLinksTests
{
    [Fact]
    public void A_retired_quote_id_redirects_to_its_new_page()
    {
        using var study = new StudyCopy();
        study.Write("redirects.yml", "- from: /sitater/lise-mote/\n  to: /sitater/lise-moter/\n");
        new SiteBuilder(study.Options()).Build();
        Assert.Contains("/sitater/lise-mote/ /sitater/lise-moter/ 301", File.ReadAllText(Path.Combine(study.Output, "_redirects")));
    }

    [Fact]
    public void A_redirect_to_a_missing_page_or_over_an_existing_one_fails()
    {
        using var study = new StudyCopy();
        study.Write("redirects.yml", "- from: /sitater/lise-moter/\n  to: /sitater/nowhere/\n");
        var errors = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics;
        Assert.Contains(errors, e => e.Code == "R02" && e.Location.File == "input/redirects.yml" && e.Location.Line == 1);
        Assert.Contains(errors, e => e.Code == "R03" && e.Location.Line == 2);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")] // which keeps no page, only each page's links
    public void A_template_that_writes_a_broken_link_fails_the_build_and_the_check(string command)
    {
        using var study = new StudyCopy(copyTheme: true);
        File.AppendAllText(Path.Combine(study.Theme, "layouts", "quote.sbn-html"), "<a href=\"/sitater/{{ quote.id }}-typo/\">x</a><a href=\"{{ quote.url }}#no-such-anchor\">y</a>");
        var builder = new SiteBuilder(study.Options());
        var errors = Assert.Throws<BuildFailedException>(() => command == "check" ? builder.Check() : builder.Build()).Diagnostics;
        Assert.Contains(errors, e => e.Code == "L01" && e.Message.Contains("/sitater/lise-moter-typo/"));
        Assert.Contains(errors, e => e.Code == "L01" && e.Message.Contains("#no-such-anchor"));
        Assert.False(Directory.Exists(study.Output));
    }
}
