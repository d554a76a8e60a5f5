using Site.Generator.Build;
using Site.Generator.Validation;

namespace Site.Tests.Safety;

/// <summary>
/// The privacy patterns: e-mail addresses and +-prefixed phone numbers for every study; each country's phone
/// formats and identity numbers (validated by check digits or structure) for the countries the study names. Each
/// format is shown found and, in a near miss or a figure that only looks like it, not found. All numbers here are
/// synthetic or published test numbers.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class ContactPatternTests
{
    private static IReadOnlyList<ContactMatch> Find(string text, params string[] countries) => new ContactPatterns(countries, []).Find(text);

    private static void Found(string code, string text, params string[] countries)
    {
        var match = Assert.Single(Find(text, countries));
        Assert.Equal(code, match.Code);
    }

    private static void NotFound(string text, params string[] countries) =>
        Assert.True(Find(text, countries).Count == 0, $"flagged: {text} ({string.Join(", ", Find(text, countries).Select(m => m.Kind))})");

    [Theory]
    [InlineData("Skriv til ola.nordmann@example.no.")]
    [InlineData("post: a.b+c@sub.example.co.uk")]
    public void An_email_address_is_found_for_every_study(string text)
    {
        Found("PR001", text, "no");
        Found("PR001", text, "us");
    }

    [Theory]
    [InlineData("Ring +47 41 90 18 51.")]
    [InlineData("Tel. +44 7700 900123")]
    [InlineData("Mobil +353 85 123 4567")]
    [InlineData("+1 (555) 234-5678")]
    public void An_international_phone_number_is_found_whatever_the_countries(string text)
    {
        Assert.Contains(Find(text, "se"), m => m.Code == "PR002");
        Assert.Contains(Find(text, "no"), m => m.Code == "PR002");
    }

    [Theory]
    [InlineData("C++11 og 3+4")]
    [InlineData("en økning på +12 %")]
    public void A_plus_sign_alone_is_no_phone_number(string text) => NotFound(text);

    [Theory]
    [InlineData("Tlf: 96 01 11 44, e-post")]
    [InlineData("Ring 419 01 851.")]
    [InlineData("Ring 41901851")]
    [InlineData("telefon: 53 21 15 \n\n00.")]
    public void A_Norwegian_phone_number_is_found(string text) => Found("PR002", text, "no");

    [Theory]
    [InlineData("Grunnlagt 2020 1838")]
    [InlineData("strategien for 2018-2020")]
    [InlineData("12 34 56 78,5 prosent")]
    [InlineData("ISBN 978-82-15-02345-6")]
    [InlineData("Befolkning 18 600 og 129 431")]
    [InlineData("asset site.12345678.css")]
    [InlineData("fill %23000000")]
    public void Years_figures_and_ids_are_no_Norwegian_phone_numbers(string text) => NotFound(text, "no");

    [Fact]
    public void A_Norwegian_national_identity_number_is_found_by_its_check_digits()
    {
        Found("PR003", "fnr. 15076500565", "no");
        Found("PR003", "fnr. 150765 00565", "no");
        NotFound("fnr. 15076500566", "no"); // second check digit wrong
        NotFound("nr. 01010112345", "no");  // first check digit wrong
        NotFound("32136512345", "no");       // no date
    }

    [Fact]
    public void A_Swedish_personal_identity_number_is_found_by_its_date_and_Luhn_digit()
    {
        Found("PR003", "pnr 811228-9874", "se");
        Found("PR003", "pnr 19811228-9874", "se");
        Found("PR003", "samordningsnr 701063-2391", "se"); // day + 60
        NotFound("pnr 811228-9875", "se");                 // Luhn digit wrong
        NotFound("811328-9874", "se");                     // month 13
        NotFound("pnr 811228-9874", "no");                 // not a Norwegian study's concern
    }

    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("08-123 45 67")]
    public void A_Swedish_phone_number_is_found(string text) => Found("PR002", text, "se");

    [Fact]
    public void A_Danish_CPR_number_is_found_by_its_date_and_with_bare_digits_also_mod_11()
    {
        Found("PR003", "CPR 311299-1234", "dk");
        Found("PR003", "CPR 0707614285", "dk");
        NotFound("CPR 320199-1234", "dk"); // day 32
        NotFound("0707614286", "dk");      // bare digits failing mod 11
    }

    [Fact]
    public void A_Danish_phone_number_is_found() => Found("PR002", "Ring 33 12 34 56", "dk");

    [Fact]
    public void A_UK_National_Insurance_number_is_found_by_its_allocated_prefix_and_suffix()
    {
        Found("PR003", "NI AB 12 34 56 C", "gb");
        Found("PR003", "NI AB123456C", "gb");
        NotFound("GB 12 34 56 C", "gb"); // prefix never allocated
        NotFound("QQ 12 34 56 C", "gb"); // Q never used
        NotFound("AB 12 34 56 E", "gb"); // suffix A–D only
    }

    [Theory]
    [InlineData("Call 07700 900123")]
    [InlineData("Call 020 7946 0958")]
    [InlineData("Call 0161 496 0000")]
    [InlineData("Call (01632) 960001")]
    public void A_UK_phone_number_is_found(string text) => Found("PR002", text, "gb");

    [Theory]
    [InlineData("Call 0207 946")]
    [InlineData("page 0,6 %")]
    [InlineData("dated 05.09.2022")]
    public void A_short_or_dotted_number_is_no_UK_phone_number(string text) => NotFound(text, "gb");

    [Fact]
    public void An_Irish_PPS_number_is_found_by_its_check_letter()
    {
        Found("PR003", "PPSN 1234567T", "ie");
        Found("PR003", "PPSN 1234567TW", "ie");
        NotFound("PPSN 1234567A", "ie");
    }

    [Theory]
    [InlineData("Ring 085 123 4567")]
    [InlineData("Ring 01 234 5678")]
    public void An_Irish_phone_number_is_found(string text) => Found("PR002", text, "ie");

    [Fact]
    public void A_US_Social_Security_number_is_found_by_its_area_group_and_serial()
    {
        Found("PR003", "SSN 123-45-6789", "us");
        NotFound("SSN 000-12-3456", "us");
        NotFound("SSN 666-12-3456", "us");
        NotFound("SSN 923-45-6789", "us");
        NotFound("SSN 123-00-6789", "us");
        NotFound("SSN 123-45-6789", "no");
    }

    [Theory]
    [InlineData("(555) 234-5678")]
    [InlineData("555-234-5678")]
    [InlineData("555.234.5678")]
    public void A_US_phone_number_is_found(string text) => Found("PR002", text, "us");

    [Fact]
    public void An_allowed_contact_is_not_found_however_its_spaces_fall()
    {
        var patterns = new ContactPatterns(["no"], ["22 33 44 55", "post@example.no"]);
        Assert.Empty(patterns.Find("Sentralbord 22 33 44 55, post@example.no, eller 22 33\n44 55."));
        Assert.Single(patterns.Find("Ring 41 90 18 51."));
    }

    [Fact]
    public void A_study_that_names_no_country_gets_every_countrys_formats()
    {
        Assert.Contains(Find("SSN 123-45-6789"), m => m.Code == "PR003");
        Assert.Contains(Find("NI AB 12 34 56 C"), m => m.Code == "PR003");
        Assert.Contains(Find("fnr. 15076500565"), m => m.Code == "PR003");
    }

    [Fact]
    public void An_unknown_country_fails_the_build()
    {
        using var study = new StudyCopy();
        study.Replace("study.yml", "case_term:", "privacy:\n  countries: [no, xx]\ncase_term:");
        var failure = Assert.Throws<Site.Generator.Diagnostics.BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        Assert.Contains(failure.Diagnostics, d => d.Code == "PR004" && d.Location.File == "input/study.yml");
    }

    [Fact]
    public void The_thesis_builds_with_every_countrys_formats_and_its_source_text_loses_only_its_contact_details()
    {
        using var study = new StudyCopy(Repository.Input);
        study.Replace("study.yml", "privacy:\n  countries: [no]\n", "");
        new SiteBuilder(study.Options()).Build(); // no false positive in any input or output file
        // Every country's patterns find in the source text only the 22 e-mail addresses and 4 phone numbers of its
        // appendices (7 addresses, some printed twice and again as mailto: links).
        var source = File.ReadAllText(Repository.SourceText);
        var found = new ContactPatterns([], []).Find(source);
        Assert.Equal(22, found.Count(m => m.Code == "PR001"));
        Assert.Equal(4, found.Count(m => m.Code == "PR002"));
        Assert.Equal(26, found.Count);
    }
}
