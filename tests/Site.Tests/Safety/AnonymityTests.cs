using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// An anonymous attribution is never tied to a pseudonym on the site: no text on an anonymous quote's page names a
/// pseudonym or a pseudonym's quote, and no pseudonym's quote page names an anonymous quote (PR11).
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class AnonymityTests
{
    private static List<Diagnostic> Errors(StudyCopy study) =>
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void A_note_that_names_a_pseudonym_on_an_anonymous_quote_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  case: sorby", "  case: sorby\n  note: Tabell 2 gir de samme ordene til Lise.");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR11", error.Code);
        Assert.Equal("output/sitater/informant-deling/index.html", error.Location.File);
        Assert.Contains("the pseudonym Lise", error.Message);
        Assert.Contains("input/quotes/2-1.yml", error.Hint); // where to mend it
    }

    [Fact]
    public void A_pseudonym_in_the_genitive_counts()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  case: sorby", "  case: sorby\n  note: Som Lises ord i tabell 2.");
        Assert.Equal("PR11", Assert.Single(Errors(study)).Code);
    }

    [Fact]
    public void A_note_that_names_a_pseudonyms_quote_on_an_anonymous_quote_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  case: sorby", "  case: sorby\n  note: Samme ord som lise-moter.");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR11", error.Code);
        Assert.Contains("'lise-moter'", error.Message);
    }

    [Fact]
    public void A_note_on_a_pseudonyms_quote_that_names_the_anonymous_quote_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "  table: 2\n- id: informant-deling", "  table: 2\n  note: Se informant-deling.\n- id: informant-deling");
        var error = Assert.Single(Errors(study));
        Assert.Equal(("PR11", "output/sitater/lise-moter/index.html"), (error.Code, error.Location.File));
    }

    [Fact]
    public void A_note_on_a_pseudonyms_quote_that_names_an_anonymous_attribution_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("informants.yml", "  name: Informant\n", "  name: Informant fra Sørby\n");
        study.Replace("quotes/2-1.yml", "  table: 2\n- id: informant-deling", "  table: 2\n  note: Løpende tekst gir siste del til «en informant fra Sørby».\n- id: informant-deling");
        var error = Assert.Single(Errors(study));
        Assert.Equal(("PR11", "input/quotes/2-1.yml"), (error.Code, error.Location.File));
    }

    [Fact]
    public void Words_that_only_look_like_a_pseudonym_pass()
    {
        using var study = new StudyCopy();
        // «lise» in lower case, and an id that only starts like the pseudonym's quote's.
        study.Replace("quotes/2-1.yml", "  case: sorby", "  case: sorby\n  note: Ordet lise står ikke her, og lise-moter-x er ingen id.");
        new SiteBuilder(study.Options()).Build();
    }

    [Fact]
    public void The_thesis_ties_no_anonymous_quote_to_a_pseudonym()
    {
        using var study = new StudyCopy(Repository.Input);
        new SiteBuilder(study.Options()).Build(); // PR11 would fail it
        // The check looked: the anonymous quote whose words table 6 gives to a pseudonym has its page.
        Assert.True(File.Exists(Path.Combine(study.Output, "sitater/informant-fra-baerum-arbeidet-ute-i-tjenestene/index.html")));
    }
}
