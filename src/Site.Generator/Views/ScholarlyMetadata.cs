using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static PageView Describe(PageView page, Study study, string absoluteUrl, string? quoteText = null)
    {
        var description = page.Description ?? study.Title;
        // The work cited is the study, with the title every citation format gives it (subtitle included).
        var title = Citations.Citation.TitleOf(study);
        var year = study.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var meta = new List<MetaTag>
        {
            new("citation_title", title),
        };
        meta.AddRange(study.Authors.Select(a => new MetaTag("citation_author", Inverted(a))));
        meta.Add(new("citation_publication_date", year));
        meta.Add(new("citation_date", year));
        meta.Add(new("citation_dissertation_institution", study.Institution));
        meta.Add(new("citation_language", study.Language));
        meta.Add(new("citation_public_url", absoluteUrl));
        meta.Add(new("DC.title", title));
        meta.AddRange(study.Authors.Select(a => new MetaTag("DC.creator", Inverted(a))));
        meta.Add(new("DC.date", year));
        meta.Add(new("DC.publisher", study.Institution));
        meta.Add(new("DC.type", "Text.Thesis"));
        meta.Add(new("DC.language", study.Language));
        meta.Add(new("DC.identifier", absoluteUrl));
        meta.Add(new("twitter:card", "summary"));
        meta.Add(new("twitter:title", page.Title));
        meta.Add(new("twitter:description", description));

        var properties = new List<MetaTag>
        {
            new("og:type", quoteText is null ? "website" : "article"),
            new("og:title", page.Title),
            new("og:description", description),
            new("og:url", absoluteUrl),
            new("og:site_name", study.Title),
            new("og:locale", study.Language == "nb" ? "nb_NO" : study.Language),
        };

        var thesis = new JsonObject
        {
            ["@type"] = "Thesis",
            ["name"] = title,
            ["inLanguage"] = study.Language,
            ["datePublished"] = year,
            ["author"] = new JsonArray(study.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["givenName"] = a.Given, ["familyName"] = a.Family }).ToArray()),
            ["sourceOrganization"] = new JsonObject { ["@type"] = "CollegeOrUniversity", ["name"] = study.Institution },
        };
        JsonObject ld = quoteText is null
            ? new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "WebPage", ["name"] = page.Title, ["url"] = absoluteUrl, ["isPartOf"] = thesis }
            : new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "Quotation", ["text"] = quoteText, ["url"] = absoluteUrl, ["isPartOf"] = thesis };

        page.Meta.AddRange(meta);
        page.Properties.AddRange(properties);
        return new PageView
        {
            Title = page.Title, Path = page.Path, Kind = page.Kind, Description = description, Lang = page.Lang,
            Breadcrumbs = page.Breadcrumbs, Meta = page.Meta, Properties = page.Properties, Scripts = page.Scripts,
            OgType = quoteText is null ? "website" : "article", NoIndex = page.NoIndex,
            JsonLd = new Html(ld.ToJsonString(Json)),
        };
    }

    /// <summary>«Family, Given», the form Highwire readers split at the comma (Zotero, Google Scholar); one tag per author keeps the order.</summary>
    private static string Inverted(Person a) => a.Given.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Given.Trim()}";
}
