using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>The site publishes nobody's contact details and never ties an anonymous quote to anyone.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class PrivacyTests
{
    private static List<Diagnostic> Errors(StudyCopy study) =>
        Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void An_email_address_in_a_quote_fails_the_build_without_repeating_it()
    {
        using var study = new StudyCopy();
        study.Replace("quotes/2-1.yml", "Alle deler alt", "Skriv til ola.nordmann@example.no");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR001", error.Code);
        Assert.Equal("input/quotes/2-1.yml", error.Location.File);
        Assert.DoesNotContain("ola.nordmann@example.no", error.Format());
    }

    [Fact]
    public void A_phone_number_in_the_text_fails_the_build_at_its_line()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er sentralt. Ring 41 90 18 51.");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR002", error.Code);
        Assert.Equal(new SourceLocation("input/chapters/1-innledning.md", 10, 45), error.Location);
    }

    [Fact]
    public void A_national_identity_number_fails_the_build()
    {
        using var study = new StudyCopy();
        // A synthetic number with valid check digits (not a real person's).
        study.Replace("findings/2.yml", "Skolene møtes jevnlig.\n", "Skolene møtes jevnlig. 01010112345\n");
        Assert.False(Site.Generator.Validation.PrivacyCheck.IsNationalIdentityNumber("01010112345"));
        study.Replace("findings/2.yml", "01010112345", "15076500565");
        Assert.True(Site.Generator.Validation.PrivacyCheck.IsNationalIdentityNumber("15076500565"));
        Assert.Contains(Errors(study), e => e.Code == "PR003");
    }

    [Fact]
    public void Contact_details_in_the_comparison_table_fail_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("cases.yml", "caption: \"Tabell 1: Skolene.\"", "caption: \"Tabell 1: Skolene. Kontakt: ola.nordmann@example.no\"");
        study.Replace("cases.yml", "sorby: \"340\"", "sorby: \"Ring 41 90 18 51\"");
        var errors = Errors(study);
        Assert.Contains(errors, e => e.Code == "PR001" && e.Location.File == "input/cases.yml");
        Assert.Contains(errors, e => e.Code == "PR002" && e.Location.File == "input/cases.yml");
    }

    [Fact]
    public void A_phone_number_in_a_chapter_title_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "title: Innledning", "title: Innledning (tlf. 41 90 18 51)");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR002", error.Code);
        Assert.Equal("input/chapters/1-innledning.md", error.Location.File);
    }

    [Fact]
    public void An_allowed_contact_may_be_published()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er sentralt. Sentralbord: 22 33 44 55.");
        study.Replace("study.yml", "case_term:", "allowed_contacts: [\"22 33 44 55\"]\ncase_term:");
        new SiteBuilder(study.Options()).Build();
        Assert.Contains("22 33 44 55", File.ReadAllText(Path.Combine(study.Output, "kapitler/1/index.html")));
    }

    [Fact]
    public void Linking_an_anonymous_attribution_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("chapters/1-innledning.md", "er sentralt.", "er sentralt, sier [en informant](informant:informant).");
        var error = Assert.Single(Errors(study));
        Assert.Equal("PR10", error.Code);
    }

    [Fact]
    public void Anonymous_speakers_get_no_page_and_their_quotes_link_to_no_informant()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        Assert.False(Directory.Exists(Path.Combine(study.Output, "informanter", "informant")));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(study.Output, "sitater/informant-deling/index.html")));
        var about = page.QuerySelectorAll(".quote-hero, .facts");
        Assert.NotEmpty(about);
        Assert.All(about, part => Assert.Empty(part.QuerySelectorAll("a[href^='/informanter/']")));
        Assert.NotNull(page.QuerySelector(".quote-hero .speaker-anonymous"));
    }
}
