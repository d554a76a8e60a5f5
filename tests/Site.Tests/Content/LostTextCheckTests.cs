namespace Site.Tests.Content;

/// <summary>The lost-text check on small texts, so that its verdicts are known to be able to fail.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class LostTextCheckTests
{
    private static IReadOnlyList<LostRun> Lost(string source, string site, string? exclusions = null, int runLength = 3)
    {
        var lines = source.Split('\n').Select((text, i) => (i + 1, text)).ToList();
        var words = new SourceWords(lines, lines.Where(l => l.text.StartsWith('#')).Select(l => l.Item1).ToHashSet());
        var excluded = exclusions is null ? new HashSet<int>() : LostTextExclusion.Parse(exclusions).SelectMany(e => e.WordsIn(words)).ToHashSet();
        return LostText.Find(words.All, words.Sequences(excluded), new SiteWords([site], runLength)).Runs;
    }

    [Fact]
    public void A_word_missing_from_the_site_is_lost()
    {
        var runs = Lost("en to tre fire fem seks sju", "en to tre fem seks sju");
        Assert.Equal("fire", Assert.Single(runs).Lost);
    }

    [Fact]
    public void A_word_in_other_case_is_lost()
    {
        Assert.Equal("fire", Assert.Single(Lost("en to tre fire fem seks sju", "en to tre Fire fem seks sju")).Lost);
    }

    [Fact]
    public void Words_the_site_adds_between_the_source_words_are_no_loss()
    {
        Assert.Empty(Lost("en to tre fire fem seks sju", "en to tre fire (Kjell) · Sitat → fem seks sju"));
    }

    [Fact]
    public void Line_breaks_and_hyphenation_of_the_source_are_folded()
    {
        Assert.Empty(Lost("en to kom-\nmune fire\n\n fem seks", "en to kommune fire fem seks"));
        Assert.Empty(Lost("en FoU-\narbeid tre", "en FoU-arbeid tre"));
        // The extraction puts a blank line between lines: the hyphen still joins the next line with text.
        Assert.Empty(Lost("en kommune-\n\nNorge tre fire", "en kommune-Norge tre fire"));
    }

    [Fact]
    public void A_short_block_between_headings_must_stand_on_the_site_as_a_whole()
    {
        Assert.Empty(Lost("# en to\ntre fire fem seks", "en to\nNAV\ntre fire fem seks"));
        Assert.Equal("en to", Assert.Single(Lost("# en to\ntre fire fem seks", "en\nNAV\ntre fire fem seks")).Lost);
    }

    [Fact]
    public void An_exclusion_covers_only_its_bracketed_words_at_its_place()
    {
        const string source = "ring meg på 12 34 eller skriv\nring meg på 56 78 eller skriv";
        const string site = "ring meg på [fjernet] eller skriv";
        var runs = Lost(source, site, "# removed contact details\nring meg på [12 34] eller", runLength: 2);
        Assert.Equal("56 78", Assert.Single(runs).Lost);
    }

    [Fact]
    public void An_exclusion_may_excuse_several_places_in_its_excerpt_and_checks_the_words_between()
    {
        const string source = "skriv til a@b.no eller c@d.no i dag";
        Assert.Empty(Lost(source, "skriv til [fjernet] eller [fjernet] i dag", "# removed\nskriv til [a@b.no] eller [c@d.no] i dag", runLength: 2));
        var runs = Lost(source, "skriv til [fjernet] og [fjernet] i dag", "# removed\nskriv til [a@b.no] eller [c@d.no] i dag", runLength: 2);
        Assert.Equal("eller", Assert.Single(runs).Lost);
    }

    [Fact]
    public void An_exclusion_without_a_reason_is_refused()
    {
        Assert.Throws<FormatException>(() => LostTextExclusion.Parse("ring meg på [12 34] eller"));
        Assert.Throws<FormatException>(() => LostTextExclusion.Parse("# why\nring meg på 12 34 eller"));
        Assert.Throws<FormatException>(() => LostTextExclusion.Parse("# why\nring meg [på [12] 34 eller"));
    }
}
