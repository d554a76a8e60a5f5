using System.Globalization;
using System.Text.Json;
using Site.Generator.Citations;
using Site.Tests.SiteOutput;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 4: what a reference manager saves when it reads a quote page's head instead of a file: Highwire Press
/// tags as Zotero's Embedded Metadata translator reads them, Dublin Core beside them, and the JSON-LD.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HeadMetadataTests(BuiltSite site)
{
    private static string Year => StudyData.ThesisModel.Study.Year.ToString(CultureInfo.InvariantCulture);
    private static string Title => Citation.TitleOf(StudyData.ThesisModel.Study);

    [Fact]
    public void ZoteroReadsEveryQuotePageAsTheThesisWithItsThreeAuthorsInOrder()
    {
        var study = StudyData.ThesisModel.Study;
        Assert.Equal(3, study.Authors.Count);
        var creators = string.Join("; ", study.Authors.Select(a => $"{a.Family}, {a.Given}"));

        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var expected = new EmbeddedMetadata.Item("thesis", Title, creators, Year, study.Institution, page.Url, study.Language);
            var read = EmbeddedMetadata.Read(page.Document, "https://elsewhere.invalid/");
            if (read != expected) problems.Add($"{page.Path}:\n  expected {expected}\n  Zotero   {read}");
            // Both date tags, as Google Scholar (citation_publication_date) and Zotero (citation_date) prefer.
            foreach (var tag in new[] { "citation_publication_date", "citation_date" })
                if (!page.Meta(tag).SequenceEqual([Year])) problems.Add($"{page.Path}: {tag} is [{string.Join(", ", page.Meta(tag))}], not [{Year}]");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DublinCoreAgreesWithTheHighwireTags()
    {
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var item = EmbeddedMetadata.Read(page.Document, "https://elsewhere.invalid/");
            Check(page, "title", [item.Title]);
            Check(page, "date", [item.Date]);
            Check(page, "publisher", [item.University]);
            Check(page, "identifier", [item.Url]);
            Check(page, "language", [item.Language]);
            var creators = string.Join("; ", EmbeddedMetadata.DublinCore(page.Document, "creator").Select(EmbeddedMetadata.CleanInverted));
            if (creators != item.Creators) problems.Add($"{page.Path}: DC.creator gives «{creators}», Highwire «{item.Creators}»");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        void Check(CitingPage page, string property, string[] expected)
        {
            var values = EmbeddedMetadata.DublinCore(page.Document, property);
            if (!values.SequenceEqual(expected)) problems.Add($"{page.Path}: DC.{property} is [{string.Join(", ", values)}], Highwire says [{string.Join(", ", expected)}]");
        }
    }

    [Fact]
    public void JsonLdOfEveryQuotePageParsesAndNamesTheThesisAndItsAuthors()
    {
        var study = StudyData.ThesisModel.Study;
        var expectedAuthors = study.Authors.Select(a => (a.Family, a.Given)).ToList();
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var scripts = page.Document.QuerySelectorAll("script[type='application/ld+json']").ToList();
            if (scripts.Count != 1) { problems.Add($"{page.Path}: {scripts.Count} JSON-LD scripts"); continue; }
            JsonElement root;
            try { root = JsonDocument.Parse(scripts[0].TextContent).RootElement; }
            catch (JsonException e) { problems.Add($"{page.Path}: JSON-LD does not parse: {e.Message}"); continue; }

            if (Text(root, "@context") != "https://schema.org") problems.Add($"{page.Path}: @context is {Text(root, "@context")}");
            if (Text(root, "url") != page.Url) problems.Add($"{page.Path}: url is {Text(root, "url")}");
            if (!root.TryGetProperty("isPartOf", out var thesis)) { problems.Add($"{page.Path}: no isPartOf"); continue; }
            if (Text(thesis, "@type") != "Thesis") problems.Add($"{page.Path}: isPartOf is a {Text(thesis, "@type")}");
            if (Text(thesis, "name") != Title) problems.Add($"{page.Path}: thesis name is «{Text(thesis, "name")}», not «{Title}»");
            var authors = thesis.TryGetProperty("author", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(a => (Text(a, "familyName") ?? "", Text(a, "givenName") ?? "")).ToList()
                : [];
            if (!authors.SequenceEqual(expectedAuthors))
                problems.Add($"{page.Path}: JSON-LD authors [{string.Join("; ", authors)}], study.yml [{string.Join("; ", expectedAuthors)}]");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
