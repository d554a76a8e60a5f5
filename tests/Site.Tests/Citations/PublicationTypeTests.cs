using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Site.Generator.Citations;
using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Views;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 16 item 5: each publication type gives its own entry in every format, as a reference manager reads it:
/// citation-js reads the BibTeX, RIS and CSL-JSON as the same CSL type; the head names the institution, journal or
/// book with the Highwire tag Zotero and Google Scholar type the item by; JSON-LD gives the schema.org type.
/// </summary>
public sealed class PublicationTypeTests
{
    public static TheoryData<PublicationType, string, string, string, string> Types => new()
    {
        // type, CSL type read back, Zotero item type from the head, the Highwire tag that decides it, schema.org type
        { PublicationType.MastersThesis, "thesis", "thesis", "citation_dissertation_institution", "Thesis" },
        { PublicationType.PhdThesis, "thesis", "thesis", "citation_dissertation_institution", "Thesis" },
        { PublicationType.Report, "report", "report", "citation_technical_report_institution", "Report" },
        { PublicationType.WorkingPaper, "report", "report", "citation_technical_report_institution", "Report" },
        { PublicationType.ArticleJournal, "article-journal", "journalArticle", "citation_journal_title", "ScholarlyArticle" },
        { PublicationType.Chapter, "chapter", "bookSection", "citation_inbook_title", "Chapter" },
        { PublicationType.Book, "book", "book", "citation_isbn", "Book" },
        { PublicationType.Dataset, "dataset", "", "", "Dataset" },
    };

    private static Publication Sample(PublicationType type) => Samples.EveryType.Single(p => p.Type == type);

    [Theory]
    [MemberData(nameof(Types))]
    public void BibTexRisAndCslJsonReadBackAsTheType(PublicationType type, string csl, string zotero, string tag, string schemaOrg)
    {
        _ = (zotero, tag, schemaOrg);
        var citation = Samples.Citation("nordmann2024", [Samples.P("Nordmann", "Kari")], 2024, "How do schools learn?", "https://example.org/", "note", Sample(type), "en");
        var read = CitationJs.Read(new CitationJs.Request(Bibtex: CitationFormats.BibTex(citation), Ris: CitationFormats.Ris(citation), Csl: CitationFormats.CslJson(citation)));
        Assert.True(read.Error is null, read.Error);
        foreach (var format in new[] { "bibtex", "ris", "csl" })
        {
            var item = Assert.Single(read.Items(format));
            Assert.True(csl == item["type"]?.ToString(), $"{format}: {item.ToJsonString()}");
            Assert.Equal("How do schools learn?", item["title"]?.ToString());
            if (type is PublicationType.ArticleJournal) Assert.Equal("Qualitative Research in Education", item["container-title"]?.ToString());
            if (type is PublicationType.Chapter) Assert.Equal("Learning in Schools", item["container-title"]?.ToString());
            if (type is PublicationType.Report) Assert.Equal("Nordic Institute for Studies in Innovation", item["publisher"]?.ToString());
        }
        // BibTeX keeps the language for Zotero and bibutils (language) as well as for biblatex (langid).
        Assert.Contains("language = {en},", CitationFormats.BibTex(citation));
        Assert.Contains("langid = {english},", CitationFormats.BibTex(citation));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void TheHeadTypesTheItemAsZoteroAndGoogleScholarRead(PublicationType type, string csl, string zotero, string tag, string schemaOrg)
    {
        _ = csl;
        var study = Samples.Study(Sample(type), "en");
        var page = ScholarlyMetadata.Describe(new PageView { Title = "A quote", Path = "/quotes/a/", Kind = "quote" }, study, "https://example.org/quotes/a/", "words", null);
        var tags = page.StudyMeta.Concat(page.Meta).ToList();
        var institutionTags = new[] { "citation_dissertation_institution", "citation_technical_report_institution", "citation_journal_title", "citation_inbook_title" };
        // Zotero's Embedded Metadata translator types the item by the first of these it meets.
        var typing = tags.Where(t => institutionTags.Contains(t.Name)).Select(t => t.Name).ToList();
        if (tag.Length > 0 && tag != "citation_isbn") Assert.Equal([tag], typing);
        else Assert.Empty(typing);
        if (tag == "citation_isbn") Assert.Contains(tags, t => t.Name == "citation_isbn");
        Assert.Equal(zotero, ZoteroType(tags));

        var jsonLd = JsonNode.Parse(page.JsonLd!.Value)!;
        Assert.Equal(schemaOrg, jsonLd["isPartOf"]!["@type"]!.ToString());
        Assert.Equal("https://example.org/#study", jsonLd["isPartOf"]!["@id"]!.ToString());
        Assert.DoesNotContain(tags, t => t.Content.Contains("Text.Thesis", StringComparison.Ordinal));
    }

    /// <summary>The item type Zotero's Embedded Metadata translator gives from the Highwire tags alone (its hwType and hwTypeGuess).</summary>
    private static string ZoteroType(IReadOnlyList<MetaTag> tags)
    {
        foreach (var t in tags)
            switch (t.Name)
            {
                case "citation_journal_title": return "journalArticle";
                case "citation_technical_report_institution": return "report";
                case "citation_inbook_title": return "bookSection";
                case "citation_dissertation_institution": return "thesis";
            }
        if (tags.Any(t => t.Name == "citation_isbn")) return "book";
        var dcType = tags.FirstOrDefault(t => t.Name == "DC.type")?.Content.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        return dcType == "dataset" ? "" : "?";
    }

    [Fact]
    public void ThesisFieldsAreRequiredForAThesisAndRefusedElsewhere()
    {
        var diagnostics = new DiagnosticBag();
        PublicationRules.Check(Samples.Study(new Publication { Type = PublicationType.MastersThesis, Degree = "Masteroppgave" }), diagnostics);
        Assert.Equal(["CT010 'programme'", "CT010 'institution'"], diagnostics.Items.Select(d => $"{d.Code} '{d.Message.Split('\'')[3]}'"));

        diagnostics = new DiagnosticBag();
        PublicationRules.Check(Samples.Study(new Publication { Type = PublicationType.Report, Institution = "NIFU", Degree = "Research report" }), diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("CT011", error.Code);
        Assert.Contains("genre", error.Hint);

        diagnostics = new DiagnosticBag();
        PublicationRules.Check(Samples.Study(new Publication { Type = PublicationType.ArticleJournal }), diagnostics);
        Assert.Equal("CT010", Assert.Single(diagnostics.Items).Code);

        foreach (var publication in Samples.EveryType)
        {
            diagnostics = new DiagnosticBag();
            PublicationRules.Check(Samples.Study(publication), diagnostics);
            Assert.Empty(diagnostics.Items);
        }
    }

    [Fact]
    public void AQuotePageNamesItsSpeakerOnlyWhenTheSpeakerIsAPseudonym()
    {
        var study = Samples.Study(Samples.Thesis());
        JsonNode LdOf(string? pseudonym) => JsonNode.Parse(ScholarlyMetadata.Describe(new PageView { Title = "q", Path = "/q/", Kind = "quote" }, study, "https://example.org/q/", "words", pseudonym).JsonLd!.Value)!;
        Assert.Equal("Anne", LdOf("Anne")["spokenByCharacter"]!["name"]!.ToString());
        Assert.Null(LdOf(null)["spokenByCharacter"]);
    }

    [Fact]
    public void TheShareImageIsAPngOfTheSizeTheTagsGiveAndTheSameEveryTime()
    {
        var model = SiteOutput.StudyData.ThesisModel;
        var png = ShareImage.Draw(model);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ShareImage.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(ShareImage.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(png, ShareImage.Draw(model));
        // Decodes: the pixel data inflates to one filter byte and three bytes per pixel for every row.
        var idat = IndexOf(png, "IDAT"u8.ToArray());
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(idat - 4));
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(png, idat + 4, length), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(inflated);
        Assert.Equal(ShareImage.Height * (1 + ShareImage.Width * 3), inflated.Length);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }
}
