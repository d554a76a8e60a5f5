using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Generator.Citations;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Views;

/// <summary>
/// The head metadata that reference managers and search engines read, for any page that cites the study:
/// Highwire Press tags (Zotero's Embedded Metadata translator, Google Scholar), Dublin Core, schema.org JSON-LD,
/// OpenGraph and Twitter cards. One place, so every page kind says the same. The publication type decides the tags:
/// Zotero tells a thesis by <c>citation_dissertation_institution</c>, a report by
/// <c>citation_technical_report_institution</c>, an article by <c>citation_journal_title</c>, a chapter by
/// <c>citation_inbook_title</c>, and takes <c>DC.type</c> as the thesis's or report's own type (e.g. "Master's thesis").
/// </summary>
public static class ScholarlyMetadata
{
    /// <summary>
    /// OpenGraph's locale is language_TERRITORY: the language's most used region, as ICU knows it (nb and nn give
    /// their _NO, en gives en_US); a tag that names its region keeps it, and one ICU does not know stays as given.
    /// </summary>
    public static string OpenGraphLocale(string language)
    {
        string name;
        try { name = System.Globalization.CultureInfo.CreateSpecificCulture(language).Name; }
        catch (System.Globalization.CultureNotFoundException) { name = ""; }
        return (name.Length > 0 ? name : language).Replace('-', '_');
    }

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>
    /// What is the same on every page that cites the study, made once per study and site address: the tags that
    /// describe the work (one list, which the theme can draw once for all pages), and the JSON-LD of the study.
    /// </summary>
    private sealed record StudyParts(string BaseUrl, IReadOnlyList<MetaTag> Meta, IReadOnlyList<MetaTag> Properties, string StudyJsonLd);

    private static readonly ConditionalWeakTable<Study, StudyParts> Parts = new();

    /// <param name="speakerPseudonym">The pseudonym a quote is attributed to; null for an anonymous attribution, which no metadata may tie to anyone.</param>
    public static PageView Describe(PageView page, Study study, string absoluteUrl, string? quoteText = null, string? speakerPseudonym = null)
    {
        var description = page.Description ?? study.Title;
        var ogType = quoteText is null ? "website" : "article";
        var baseUrl = absoluteUrl.EndsWith(page.Path, StringComparison.Ordinal) ? absoluteUrl[..^page.Path.Length] : absoluteUrl.TrimEnd('/');
        var parts = Parts.GetValue(study, s => PartsOf(s, baseUrl));
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
            new("og:locale", OpenGraphLocale(study.Language)),
        ]);
        page.Properties.AddRange(parts.Properties);
        return new PageView
        {
            Title = page.Title, Path = page.Path, Kind = page.Kind, Description = description, Lang = page.Lang,
            Breadcrumbs = page.Breadcrumbs, StudyMeta = parts.Meta, Meta = page.Meta, Properties = page.Properties, Scripts = page.Scripts,
            OgType = ogType, NoIndex = page.NoIndex,
            JsonLd = new Html(JsonLd(page.Title, absoluteUrl, quoteText, speakerPseudonym, parts.StudyJsonLd)),
        };
    }

    /// <summary>The JSON-LD id of the study: one entity, however many pages describe it.</summary>
    public static string StudyId(string baseUrl) => baseUrl + "/#study";

    private static StudyParts PartsOf(Study study, string baseUrl)
    {
        // The work cited is the study, with the title every citation format gives it (subtitle included).
        var citation = Citation.ForPage(study, "", baseUrl + "/", null);
        var p = study.Publication;
        var kind = citation.Kind;
        var title = citation.Title;
        var year = study.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var meta = new List<MetaTag> { new("citation_title", title) };
        meta.AddRange(study.Authors.Select(a => new MetaTag("citation_author", Inverted(a))));
        meta.Add(new("citation_publication_date", year));
        meta.Add(new("citation_date", year));
        switch (p.Type)
        {
            case PublicationType.MastersThesis or PublicationType.PhdThesis:
                Add("citation_dissertation_institution", citation.Publisher);
                break;
            case PublicationType.Report or PublicationType.WorkingPaper:
                Add("citation_technical_report_institution", citation.Publisher);
                Add("citation_technical_report_number", p.Number);
                break;
            case PublicationType.ArticleJournal:
                Add("citation_journal_title", p.Journal);
                Add("citation_volume", p.Volume);
                Add("citation_issue", p.Issue);
                Pages();
                Add("citation_issn", p.Issn);
                break;
            case PublicationType.Chapter:
                Add("citation_inbook_title", p.BookTitle);
                Add("citation_publisher", p.Publisher);
                Pages();
                Add("citation_isbn", p.Isbn);
                break;
            case PublicationType.Book:
                Add("citation_publisher", p.Publisher);
                Add("citation_isbn", p.Isbn);
                break;
            case PublicationType.Dataset:
                Add("citation_publisher", p.Publisher);
                break;
        }
        Add("citation_doi", p.Doi);
        meta.Add(new("citation_language", study.Language));
        Add("citation_abstract", study.Abstract);
        meta.Add(new("DC.title", title));
        meta.AddRange(study.Authors.Select(a => new MetaTag("DC.creator", Inverted(a))));
        meta.Add(new("DC.date", year));
        Add("DC.publisher", citation.Publisher);
        // Zotero saves DC.type as the thesis's (or report's) type and prints it in the reference: the study's own word.
        meta.Add(new("DC.type", citation.Genre.Length > 0 ? citation.Genre : kind.DublinCoreType));
        meta.Add(new("DC.language", study.Language));
        meta.Add(new("twitter:card", "summary_large_image"));
        meta.Add(new("twitter:image", baseUrl + ShareImage.Path));
        meta.Add(new("twitter:image:alt", ShareImage.AltText(study)));

        var properties = new List<MetaTag>
        {
            new("og:image", baseUrl + ShareImage.Path),
            new("og:image:type", "image/png"),
            new("og:image:width", ShareImage.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("og:image:height", ShareImage.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("og:image:alt", ShareImage.AltText(study)),
        };

        var studyJson = JsonText.Write(Json, json =>
        {
            json.WriteStartObject();
            json.WriteString("@id", StudyId(baseUrl));
            json.WriteString("@type", kind.SchemaOrg);
            json.WriteString("name", title);
            json.WriteString("url", baseUrl + "/");
            json.WriteString("inLanguage", study.Language);
            json.WriteString("datePublished", year);
            if (citation.Genre.Length > 0) json.WriteString("genre", citation.Genre);
            if (study.Abstract is { } summary) json.WriteString("abstract", summary);
            if (!string.IsNullOrWhiteSpace(p.Doi)) json.WriteString("identifier", "https://doi.org/" + p.Doi.Trim());
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
            if (citation.Publisher.Length > 0)
            {
                json.WriteStartObject(p.IsThesis ? "sourceOrganization" : "publisher");
                json.WriteString("@type", p.IsThesis ? "CollegeOrUniversity" : "Organization");
                json.WriteString("name", citation.Publisher);
                json.WriteEndObject();
            }
            if (p.Type == PublicationType.ArticleJournal && !string.IsNullOrWhiteSpace(p.Journal))
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "Periodical");
                json.WriteString("name", p.Journal);
                json.WriteEndObject();
            }
            if (p.Type == PublicationType.Chapter && !string.IsNullOrWhiteSpace(p.BookTitle))
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "Book");
                json.WriteString("name", p.BookTitle);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
        return new StudyParts(baseUrl, meta, properties, studyJson);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) meta.Add(new(name, value.Trim()));
        }

        void Pages()
        {
            if (string.IsNullOrWhiteSpace(p.Pages)) return;
            var range = p.Pages.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            Add("citation_firstpage", range[0]);
            if (range.Length == 2) Add("citation_lastpage", range[1]);
        }
    }

    /// <summary>
    /// The page as schema.org sees it: a quotation, or a web page, in each case part of the study (one entity, by its
    /// @id). A quote names its speaker only when the speaker is a pseudonym: an anonymous attribution has no name.
    /// </summary>
    private static string JsonLd(string pageTitle, string absoluteUrl, string? quoteText, string? speakerPseudonym, string study) => JsonText.Write(Json, json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", quoteText is null ? "WebPage" : "Quotation");
        json.WriteString(quoteText is null ? "name" : "text", quoteText ?? pageTitle);
        json.WriteString("url", absoluteUrl);
        if (quoteText is not null && speakerPseudonym is not null)
        {
            json.WriteStartObject("spokenByCharacter");
            json.WriteString("@type", "Person");
            json.WriteString("name", speakerPseudonym);
            json.WriteEndObject();
        }
        json.WritePropertyName("isPartOf");
        json.WriteRawValue(study, skipInputValidation: true);
        json.WriteEndObject();
    });

    /// <summary>«Family, Given», the form Highwire readers split at the comma (Zotero, Google Scholar); one tag per author keeps the order.</summary>
    private static string Inverted(Person a) => a.Given.Trim().Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}, {a.Given.Trim()}";
}
