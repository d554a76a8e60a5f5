using System.Text.RegularExpressions;

namespace Site.Tests.Content;

/// <summary>
/// Contradictions the thesis leaves stand verbatim, each with an editorial note where it stands: on the quote, on
/// the document, or on the section of the running text (chapter front matter <c>notes:</c>); concept pages say
/// when their sentence is shared or only a mention.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class ContradictionNoteTests(BuiltSite site)
{
    private string Text(string page) => Spaces().Replace(SiteText.Of(site.Read(page)), " ");

    [Fact]
    public void The_source_holds_each_contradiction_the_notes_record()
    {
        var source = ThesisSource.Instance.Folded;
        Assert.Contains("4.2.4 Representative sitater knyttet til individavhengige innovasjonsprosesser i kommunen ", source);
        Assert.Contains("Tabell 6: Representative sitater knyttet til individavhengige innovasjonsprosesser i kommunene.", source);
        Assert.Contains("informasjonsskriv og intervjuguide til informantene er vedlagt som vedlegg 1 og 2", source);
        Assert.Contains("Vedlegg 1 – Intervjuguide", source);
        Assert.Contains("snart tre år etter at den forrige utløp", source);
    }

    [Fact]
    public void Section_notes_stand_on_their_chapter_page_linked_to_the_section()
    {
        var three = site.Read("kapitler/3/index.html");
        Assert.Contains("href=\"/kapitler/3/#3-4-1\"", three);
        Assert.Contains("vedlegg 1 er intervjuguiden og vedlegg 2 informasjonsskrivet", Text("kapitler/3/index.html"));
        Assert.Contains("href=\"/kapitler/4/#4-2-4\"", site.Read("kapitler/4/index.html"));
        Assert.Contains("«individavhengige innovasjonsprosesser i kommunene»", Text("kapitler/4/index.html"));
    }

    [Fact]
    public void The_near_identical_words_are_noted_on_the_pseudonyms_quote_only()
    {
        Assert.Contains("med en annen tilskrivning", Text("sitater/ole-trondheim-innovasjonsledere/index.html"));
        Assert.DoesNotContain("annen tilskrivning", Text("sitater/informant-fra-orkland-eies-i-lederlinjen/index.html"));
    }

    [Fact]
    public void The_strategy_period_that_fits_neither_is_noted_on_the_document()
    {
        var documents = Text("dokumenter/index.html");
        Assert.Contains("«enda ikke er politisk behandlet snart tre år etter at den forrige utløp»", documents);
    }

    [Fact]
    public void Concept_pages_mark_a_shared_sentence_and_a_mention()
    {
        var low = Text("begreper/lavrutiniserte-innovasjonskapabiliteter/index.html");
        Assert.Contains("Den samme setningen er også definisjonen av: Høy-rutiniserte innovasjonskapabiliteter", low);
        foreach (var id in new[] { "politisk-innovasjon", "brukerdrevet-innovasjon" })
        {
            var page = Text($"begreper/{id}/index.html");
            Assert.Contains("Omtale i teksten", page);
            Assert.Contains("Teksten definerer ikke begrepet", page);
            Assert.DoesNotContain("Definisjon ", page);
        }
        // The sentence stands in the Sammendrag.
        var summary = ThesisSource.Fold(ThesisSource.Join(ThesisSource.Instance.Lines.Where(l => l.Number < 80)));
        Assert.Contains("som politisk innovasjon, prosessinnovasjon, tjenesteinnovasjon, brukerdrevet innovasjon med mer", summary);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
