using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>
/// The head metadata that reference managers and search engines read, for any page that cites the study:
/// Highwire Press tags (Zotero's Embedded Metadata translator, Google Scholar), Dublin Core, schema.org JSON-LD,
/// OpenGraph and Twitter cards. One place, so every page kind says the same.
/// </summary>
public static class ScholarlyMetadata
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>
    /// What is the same on every page that cites the study, made once per study: the tags that describe the work
    /// (one list, which the theme can draw once for all pages), and the JSON-LD of the thesis.
    /// </summary>
    private sealed record StudyParts(IReadOnlyList<MetaTag> Meta, string ThesisJsonLd);

    private static readonly ConditionalWeakTable<Study, StudyParts> Parts = new();

    public static PageView Describe(PageView page, Study study, string absoluteUrl, string? quoteText = null)
    {
        var description = page.Description ?? study.Title;
        var ogType = quoteText is null ? "website" : "article";
        var parts = Parts.GetValue(study, PartsOf);
        page.Meta.AddRange(
        [
            new("citation_public_url", absoluteUrl),
            new("DC.identifier", absoluteUrl),
            new("twitter:title", page.Title),
            new("twitter:description", description),
        ]);
        page.Properties.AddRange(
        [
            new("og:type", ogType),
            new("og:title", page.Title),
            new("og:description", description),
            new("og:url", absoluteUrl),
            new("og:site_name", study.Title),
            new("og:locale", study.Language == "nb" ? "nb_NO" : study.Language),
        ]);
        return new PageView
        {
            Title = page.Title, Path = page.Path, Kind = page.Kind, Description = description, Lang = page.Lang,
            Breadcrumbs = page.Breadcrumbs, StudyMeta = parts.Meta, Meta = page.Meta, Properties = page.Properties, Scripts = page.Scripts,
            OgType = ogType, NoIndex = page.NoIndex,
            JsonLd = new Html(JsonLd(page.Title, absoluteUrl, quoteText, parts.ThesisJsonLd)),
        };
    }

    private static StudyParts PartsOf(Study study)
    {
        // The work cited is the study, with the title every citation format gives it (subtitle included).
        var title = Citations.Citation.TitleOf(study);
        var year = study.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var meta = new List<MetaTag> { new("citation_title", title) };
        meta.AddRange(study.Authors.Select(a => new MetaTag("citation_author", Inverted(a))));
        meta.Add(new("citation_publication_date", year));
        meta.Add(new("citation_date", year));
        meta.Add(new("citation_dissertation_institution", study.Institution));
        meta.Add(new("citation_language", study.Language));
        meta.Add(new("DC.title", title));
        meta.AddRange(study.Authors.Select(a => new MetaTag("DC.creator", Inverted(a))));
        meta.Add(new("DC.date", year));
        meta.Add(new("DC.publisher", study.Institution));
        meta.Add(new("DC.type", "Text.Thesis"));
        meta.Add(new("DC.language", study.Language));
        meta.Add(new("twitter:card", "summary"));

        var thesis = JsonText.Write(Json, json =>
        {
            json.WriteStartObject();
            json.WriteString("@type", "Thesis");
            json.WriteString("name", title);
            json.WriteString("inLanguage", study.Language);
            json.WriteString("datePublished", year);
            json.WriteStartArray("author");
            foreach (var author in study.Authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("givenName", author.Given);
                json.WriteString("familyName", author.Family);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("sourceOrganization");
            json.WriteString("@type", "CollegeOrUniversity");
            json.WriteString("name", study.Institution);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        return new StudyParts(meta, thesis);
    }

    /// <summary>The page as schema.org sees it: a quotation, or a web page, in each case part of the thesis.</summary>
    private static string JsonLd(string pageTitle, string absoluteUrl, string? quoteText, string thesis) => JsonText.Write(Json, json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", quoteText is null ? "WebPage" : "Quotation");
        json.WriteString(quoteText is null ? "name" : "text", quoteText ?? pageTitle);
        json.WriteString("url", absoluteUrl);
        json.WritePropertyName("isPartOf");
        json.WriteRawValue(thesis, skipInputValidation: true);
        json.WriteEndObject();
    });

    /// <summary>«Family, Given», the form Highwire readers split at the comma (Zotero, Google Scholar); one tag per author keeps the order.</summary>
    private static string Inverted(Person a) => a.Given.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Given.Trim()}";
}
