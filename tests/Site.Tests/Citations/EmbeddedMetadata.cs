using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Site.Tests.Citations;

/// <summary>
/// Reads a page's head the way Zotero's «Embedded Metadata» translator does (zotero/translators, 2024), for the
/// fields a thesis has: a Highwire tag is found by the end of its name (meta[name$=…] in the head), the first
/// such tag gives the field, later mappings of the same field win (citation_date over citation_publication_date),
/// citation_dissertation_institution makes the item a thesis, and authors are one citation_author tag each, read
/// in document order and split at the comma (Zotero's cleanAuthor). Dublin Core (DC.*) is read beside it.
/// </summary>
public static class EmbeddedMetadata
{
    /// <summary>The item Zotero would save; creators as «last, first» in order.</summary>
    public sealed record Item(string ItemType, string Title, string Creators, string Date, string University, string Url, string Language);

    // Zotero's HIGHWIRE_MAPPINGS for these fields, in its order: a later mapping of the same field overwrites.
    private static readonly (string Tag, string Field)[] Mappings =
    [
        ("citation_title", "title"),
        ("citation_publication_date", "date"),
        ("citation_cover_date", "date"),
        ("citation_date", "date"),
        ("citation_dissertation_institution", "university"),
        ("citation_public_url", "url"),
        ("citation_language", "language"),
    ];

    private static readonly HashSet<string> RdfPrefixes = ["bib", "bibo", "dc", "dcterms", "prism", "foaf", "vcard", "link", "z", "eprint", "eprints", "og", "article", "book", "music", "video", "so", "codemeta", "rdf"];

    public static Item Read(IDocument document, string pageUrl)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, field) in Mappings)
        {
            var value = ContentText(document, tag);
            if (!string.IsNullOrWhiteSpace(value)) fields[field] = TrimInternal(value);
        }
        var date = fields.GetValueOrDefault("date") ?? ContentText(document, "citation_online_date") ?? ContentText(document, "citation_year") ?? "";
        var url = fields.GetValueOrDefault("url") ?? ContentText(document, "citation_abstract_html_url") ?? ContentText(document, "citation_fulltext_html_url")
            ?? document.QuerySelector("head > link[rel=canonical]")?.GetAttribute("href") ?? pageUrl;

        var authors = Content(document, "citation_author");
        if (authors.Count == 0) authors = Content(document, "citation_authors");

        return new Item(ItemType(document), fields.GetValueOrDefault("title") ?? document.Title ?? "", Format(HighwireCreators(authors, ContentText(document, "citation_language"))),
            date, fields.GetValueOrDefault("university") ?? "", url, fields.GetValueOrDefault("language") ?? "");
    }

    /// <summary>Dublin Core values in document order, read like the translator's RDF statements (prefix before «.», «:» or «_», case-insensitive).</summary>
    public static IReadOnlyList<string> DublinCore(IDocument document, string property) =>
        document.QuerySelectorAll("meta").Where(m => (m.GetAttribute("name") ?? m.GetAttribute("property")) is { } name
                && name.Split((char[])['.', ':', '_']) is { Length: >= 2 } parts && parts[0].Equals("dc", StringComparison.OrdinalIgnoreCase)
                && name[(parts[0].Length + 1)..].Equals(property, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content") ?? "").Where(v => v.Length > 0).ToList();

    /// <summary>A «Last, First» creator string as Zotero's cleanAuthor splits it.</summary>
    public static string CleanInverted(string creator) => Format([CleanAuthor(creator, creator.Contains(','))]);

    private static string ItemType(IDocument document)
    {
        string? hwType = null, hwTypeGuess = null;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var tags = meta.GetAttribute("name") is { Length: > 0 } n ? n : meta.GetAttribute("property");
            if (string.IsNullOrEmpty(tags) || string.IsNullOrEmpty(meta.GetAttribute("content"))) continue;
            foreach (var tag in tags.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = tag.Split((char[])['.', ':', '_']);
                if (RdfPrefixes.Contains(parts[0].ToLowerInvariant()) || (parts.Length > 2 && RdfPrefixes.Contains(parts[1].ToLowerInvariant()))) continue;
                var at = tag.LastIndexOf("citation_", StringComparison.Ordinal);
                switch (at < 0 ? tag[^1..] : tag[at..])
                {
                    case "citation_journal_title": hwType = "journalArticle"; break;
                    case "citation_technical_report_institution": hwType = "report"; break;
                    case "citation_conference_title" or "citation_conference": hwType = "conferencePaper"; break;
                    case "citation_book_title" or "citation_inbook_title": hwType = "bookSection"; break;
                    case "citation_dissertation_institution": hwType = "thesis"; break;
                    case "citation_title" or "citation_series_title": hwTypeGuess ??= "journalArticle"; break;
                    case "citation_isbn": hwTypeGuess = "book"; break;
                }
            }
        }
        return hwType ?? hwTypeGuess ?? "webpage";
    }

    // getContentText: the first html>head>meta whose name ends with the tag.
    private static string? ContentText(IDocument document, string tag) =>
        document.QuerySelectorAll($"html > head > meta[name$=\"{tag}\"]").Select(m => m.GetAttribute("content") ?? m.GetAttribute("contents")).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    // getContent: every meta in head or body whose name ends with the tag, in document order.
    private static List<string> Content(IDocument document, string tag) =>
        document.QuerySelectorAll($"html > head > meta[name$=\"{tag}\"], html > body > meta[name$=\"{tag}\"]")
            .Select(m => m.GetAttribute("content") ?? m.GetAttribute("contents")).OfType<string>().ToList();

    // processHighwireCreators
    private static List<(string Last, string First)> HighwireCreators(IReadOnlyList<string> nodes, string? language)
    {
        var creators = new List<(string, string)>();
        string? last = null;
        foreach (var node in nodes)
        {
            var names = Regex.Split(node, @"\s*;\s*");
            if (names.Length == 1 && nodes.Count == 1)
            {
                // One tag with several «First Last, First Last» names is split at the commas.
                var byComma = Regex.Split(names[0], @"\s*,\s*");
                var spanishTwoWord = byComma.Length == 2 && language is "es" or "spa" or "Spanish" or "español" && byComma[0].Split(' ').Length == 2;
                if (byComma.Length > 1 && byComma[0].Contains(' ') && byComma[1].Contains(' ') && !spanishTwoWord) names = byComma;
            }
            foreach (var raw in names)
            {
                var name = raw.Trim();
                if (name.Length == 0 || !Regex.IsMatch(name, @"[^\s,\-.;]") || name == last) continue;
                last = name;
                var (lastName, firstName) = CleanAuthor(name, name.Contains(','));
                creators.Add((FixCase(lastName), FixCase(firstName)));
            }
        }
        return creators;
    }

    // Zotero.Utilities.cleanAuthor, for Latin script.
    private static (string Last, string First) CleanAuthor(string author, bool useComma)
    {
        author = Regex.Replace(author, @"^[\s\u00A0.,/\[\]:]+", "");
        author = Regex.Replace(author, @"[\s\u00A0.,/\[\]:]+$", "");
        author = new Regex(@"[\s\u00A0]+").Replace(author, " ", 1);
        string last, first = "";
        if (useComma)
        {
            author = new Regex(@"\.([^ ])").Replace(author, ". $1", 1);
            var split = Regex.Split(author, ", ?");
            if (split.Length > 1) { last = split[0]; first = split[1]; }
            else last = author;
        }
        else
        {
            var space = author.LastIndexOf(' ');
            last = author[(space + 1)..];
            first = space < 0 ? "" : author[..space];
        }
        if (first.Length is > 0 and < 4 && Regex.IsMatch(first, "^[A-Z]+$") && (first.Length == 1 || last.ToUpperInvariant() != last))
            first = string.Join(" ", first.Select(c => c + "."));
        if (first.Length > 0)
        {
            var parts = Regex.Split(Regex.Replace(Regex.Replace(first, @"^[\s.]+", ""), @"[\s,]+$", ""), @"(?:[\s.]+|(?=-))");
            first = string.Join(" ", parts.Select(p => Regex.IsMatch(p, "^-?[A-Z]$") ? p + "." : p)).Replace(" -", "-", StringComparison.Ordinal).Trim();
        }
        return (last, first);
    }

    private static string FixCase(string name) =>
        name.Length > 0 && (name == name.ToUpperInvariant() || name == name.ToLowerInvariant())
            ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())
            : name;

    private static string TrimInternal(string value) => Regex.Replace(value, @"[\xA0\r\n\s]+", " ").Trim();

    private static string Format(IEnumerable<(string Last, string First)> creators) => string.Join("; ", creators.Select(c => $"{c.Last}, {c.First}"));
}
