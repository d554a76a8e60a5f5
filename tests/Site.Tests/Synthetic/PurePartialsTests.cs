using Scriban;
using Site.Generator.Rendering;

namespace Site.Tests.Synthetic;

/// <summary>
/// A partial is drawn once per model only when its output cannot depend on anything else (a performance change
/// measured with the synthetic studies): reading the page, a layout's variables or the clock rules it out.
/// </summary>
public sealed class PurePartialsTests
{
    private static readonly string[] Functions = ["partial", "string", "array", "date", "asset"];

    private static HashSet<string> Pure(params (string Name, string Text)[] partials) =>
        PurePartials.Find(partials.ToDictionary(p => p.Name, p => Template.Parse(p.Text)), Functions);

    [Fact]
    public void A_partial_that_reads_only_its_model_translations_and_site_is_pure()
    {
        var pure = Pure(("card", """<a href="{{ model.url }}">{{ model.text | string.truncatewords 8 }}</a> {{ t.quote }} {{ site.title }} {{ asset "css/site.css" }}"""));
        Assert.Contains("card", pure);
    }

    [Fact]
    public void Loop_variables_and_its_own_assignments_keep_a_partial_pure()
    {
        var pure = Pure(("list", "{{ n = model.items.size }}{{ for q in model.items }}{{ q.url }}{{ end }}{{ n }}"));
        Assert.Contains("list", pure);
    }

    [Theory]
    [InlineData("{{ page.kind }}")]
    [InlineData("{{ quote.text }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ with model }}{{ url }}{{ end }}")]
    [InlineData("{{ partial model.kind model }}")]
    public void A_partial_that_may_depend_on_more_than_its_model_is_not_pure(string text)
    {
        Assert.Empty(Pure(("p", text)));
    }

    [Fact]
    public void A_partial_is_pure_only_if_the_partials_it_calls_are()
    {
        var pure = Pure(
            ("speaker", "{{ model.name }}"),
            ("card", """{{ partial "speaker" model }}"""),
            ("here", "{{ page.url }}"),
            ("wrapper", """{{ partial "here" model }}"""),
            ("outer", """{{ partial "wrapper" model }}"""));
        Assert.Equal(["card", "speaker"], pure.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_theme_draws_its_quote_cards_once_per_quote_but_not_its_citation_block()
    {
        var templates = new ThemeTemplates(Repository.Theme, Repository.Root, new Site.Generator.Diagnostics.DiagnosticBag(), new Scriban.Runtime.ScriptObject());
        // The citation block names the page it stands on, so every page draws its own.
        Assert.DoesNotContain("citation", templates.PurePartialNames);
        Assert.Contains("speaker", templates.PurePartialNames);
    }
}
