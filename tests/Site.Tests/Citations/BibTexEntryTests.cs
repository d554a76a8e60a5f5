using System.Text.RegularExpressions;
using Site.Generator.Citations;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>Issue 4: BibTeX keys that are unique and stable per quote, and fields that survive TeX's special characters.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class BibTexEntryTests(BuiltSite site)
{
    [GeneratedRegex(@"\A@mastersthesis\{([^,\s]+),\n")]
    private static partial Regex EntryHead();

    [Fact]
    public void EveryQuoteHasItsOwnKeyMadeFromAuthorYearAndQuoteId()
    {
        var study = StudyData.ThesisModel.Study;
        var stem = "skjerve" + study.Year;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var match = EntryHead().Match(page.DownloadedBibTex);
            if (!match.Success) { problems.Add($"{page.Path}: no @mastersthesis{{key, head"); continue; }
            var key = match.Groups[1].Value;
            // Only the first author, the year and the quote's permanent id: a key cannot move when quotes are added or reordered.
            if (key != $"{stem}-{page.QuoteId}") problems.Add($"{page.Path}: key {key}, not {stem}-{page.QuoteId}");
            if (!Regex.IsMatch(key, "^[a-z0-9-]+$")) problems.Add($"{page.Path}: key {key} has characters some BibTeX tools reject");
            if (keys.TryGetValue(key, out var other)) problems.Add($"{page.Path}: key {key} is also the key of {other}");
            keys[key] = page.Path;
            if (!page.DownloadedCslJson.Contains($"\"id\": \"{key}\"", StringComparison.Ordinal)) problems.Add($"{page.Path}: the CSL-JSON id is not the BibTeX key {key}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(StudyData.ThesisModel.Quotes.Count, keys.Count);
    }

    [Fact]
    public void TexSpecialCharactersAndNamesReadBackUnchanged()
    {
        var citation = Samples.Citation("nordmann2024-x", [P("van der Berg", "Anna"), P("Ødegård", "Åse-Marie"), P("Johnson, Jr.", "Tom"), P("Lie", "Ola and Kari")], 2024, @"50 % of 100$ & #1: a_b {x} ~ ^ \ «Bærum» and NAV } {", "https://example.org/a_b/%C3%B8/~x/", "Sitat: «100 % sikkert» {ukjent} (Anne)\nandre linje", Samples.Thesis(institution: "Høgskolen i A & B_C"));
        var bibtex = CitationFormats.BibTex(citation);

        // BibTeX counts every brace, escaped or not: a lone \{ would end the field early.
        Assert.Equal(bibtex.Count(c => c == '{'), bibtex.Count(c => c == '}'));

        var read = CitationJs.Read(new CitationJs.Request(Bibtex: bibtex));
        Assert.True(read.Error is null, $"{read.Error}\n{bibtex}");
        var item = Assert.Single(read.Items("bibtex"));
        Assert.Equal(citation.Title, item["title"]?.ToString());
        Assert.Equal(citation.Publisher, item["publisher"]?.ToString());
        Assert.Equal(citation.Url, item["URL"]?.ToString());
        Assert.Equal("Sitat: «100 % sikkert» {ukjent} (Anne) andre linje", item["note"]?.ToString());
        Assert.Equal("van der Berg, Anna; Ødegård, Åse-Marie; Johnson, Jr., Tom; Lie, Ola and Kari", ImportedItem.FromCsl(item).Authors);
    }

    [Fact]
    public void CapitalisedTitleWordsAreBracedSoStylesCannotLowercaseThem()
    {
        var citation = Samples.Citation("k", [P("Lie", "Ola")], 2024, "Hvordan NAV og Bærum samarbeider", "https://example.org/", null, Samples.Thesis(institution: "Nord universitet"));
        Assert.Contains("title = {Hvordan {NAV} og {Bærum} samarbeider},", CitationFormats.BibTex(citation));
    }

    private static Person P(string family, string given) => new() { Family = family, Given = given };
}
