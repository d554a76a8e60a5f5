using System.Text.Json.Nodes;
using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 13 item 6: what Zotero saves from a quote page (tests/zotero/run.sh runs Zotero's translation-server itself;
/// these check the tags it reads on every page): the thesis type as the thesis names itself in DC.type, never a DCMI
/// term, which Zotero would print; the thesis's abstract in citation_abstract, not the quote; a share image with its
/// size and alt text; one JSON-LD entity for the thesis; the speaker of a quote named only for a pseudonym.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ZoteroTagTests(BuiltSite site)
{
    [Fact]
    public void EveryQuotePageGivesTheThesisTypeAndTheAbstract()
    {
        var model = StudyData.ThesisModel;
        var sammendrag = model.Chapters.Single(c => c.Slug == "sammendrag").Body;
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            if (!page.Meta("DC.type").SequenceEqual(["Masteroppgave"])) problems.Add($"{page.Path}: DC.type [{string.Join(", ", page.Meta("DC.type"))}]");
            var summary = page.Meta("citation_abstract");
            if (summary.Count != 1 || !summary[0].StartsWith("Formålet med studiet har vært", StringComparison.Ordinal) || !summary[0].EndsWith("kommunenes autonomi.", StringComparison.Ordinal))
                problems.Add($"{page.Path}: citation_abstract is not the Sammendrag");
            // Every sentence of the abstract is the chapter's, word for word.
            else if (summary[0].Split(". ").Any(sentence => !sammendrag.ReplaceLineEndings(" ").Contains(sentence.TrimEnd('.'), StringComparison.Ordinal)))
                problems.Add($"{page.Path}: citation_abstract has words the Sammendrag has not");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryPageHasTheShareImageWithItsSizeAndAltText()
    {
        var png = File.ReadAllBytes(Path.Combine(site.Output, "share.png"));
        Assert.Equal(0x89, png[0]);
        foreach (var page in CitingPage.QuotePages(site).Take(5).Append(CitingPage.Load(site, "/")))
        {
            string Property(string name) => page.Document.QuerySelector($"head > meta[property='{name}']")?.GetAttribute("content") ?? "";
            Assert.Equal(BuiltSite.BaseUrl + "/share.png", Property("og:image"));
            Assert.Equal("1200", Property("og:image:width"));
            Assert.Equal("630", Property("og:image:height"));
            Assert.StartsWith("Hvordan jobber norske kommuner med innovasjon? – Emma Skjerve", Property("og:image:alt"));
        }
    }

    [Fact]
    public void TheThesisIsOneEntityAndOnlyPseudonymsSpeak()
    {
        var model = StudyData.ThesisModel;
        var pseudonymous = 0;
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var quote = model.Quotes.Single(q => q.Id == page.QuoteId);
            var informant = model.Informants.Single(i => i.Id == quote.SpeakerId);
            var json = JsonNode.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
            if (json["isPartOf"]?["@id"]?.ToString() != BuiltSite.BaseUrl + "/#study") problems.Add($"{page.Path}: the thesis has no @id");
            var speaker = json["spokenByCharacter"]?["name"]?.ToString();
            if (informant.IsPseudonym)
            {
                pseudonymous++;
                if (speaker != informant.Name) problems.Add($"{page.Path}: spokenByCharacter {speaker ?? "missing"}, not {informant.Name}");
            }
            else if (json["spokenByCharacter"] is not null) problems.Add($"{page.Path}: an anonymous quote names a speaker");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(pseudonymous, 1, model.Quotes.Count - 1); // the thesis has both kinds
    }
}
