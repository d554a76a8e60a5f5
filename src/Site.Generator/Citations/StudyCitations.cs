using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Rendering;

namespace Site.Generator.Citations;

/// <summary>A reference as one style renders it: HTML for the page, text to copy, and the in-text form.</summary>
public sealed record RenderedEntry(string Id, string Html, string Text, string InText);

/// <summary>The study's reference in one CSL style, at one page's address.</summary>
public sealed record StyledReference(string StyleId, string StyleTitle, string Html, string Text, string InText);

/// <summary>
/// Every citation of the study in the styles it names, rendered by citeproc-js in one call per build: the study as
/// one item (at a placeholder address that each page's own replaces: the styles print a URL as it is, and a test
/// checks a page's text against citeproc-js's rendering of that page's own item), and the study's bibliography as
/// one list. The words the styles use ("and", quotation marks, "et al.") come from the CSL locale of the study's
/// language, not from this code.
/// </summary>
public sealed class StudyCitations
{
    /// <summary>The address the study item is rendered at; each page puts its own in its place.</summary>
    public const string PlaceholderUrl = "https://cite.invalid/page";

    private sealed record Style(string Id, string Title, RenderedEntry Study);

    private readonly IReadOnlyList<Style> _styles;

    private StudyCitations(IReadOnlyList<Style> styles, string locale, IReadOnlyList<RenderedEntry> bibliography, IReadOnlyList<JsonObject> items, string? and, string? etAl)
    {
        _styles = styles;
        Locale = locale;
        Bibliography = bibliography;
        BibliographyItems = items;
        And = and;
        EtAl = etAl;
    }

    /// <summary>The CSL locale citeproc-js used, e.g. nb-NO.</summary>
    public string Locale { get; }
    /// <summary>The study's bibliography in the order and form of its first style; empty without one.</summary>
    public IReadOnlyList<RenderedEntry> Bibliography { get; }
    /// <summary>The bibliography's entries as CSL items (read from BibTeX by citation-js, or the CSL-JSON file's).</summary>
    public IReadOnlyList<JsonObject> BibliographyItems { get; }
    /// <summary>The locale's terms for "and" and "et al.", for the author forms the text cites by.</summary>
    public string? And { get; }
    public string? EtAl { get; }

    /// <summary>The study's reference in each style, at this address.</summary>
    public IReadOnlyList<StyledReference> For(string url)
    {
        var html = HtmlText.Escape(url);
        return _styles.Select(s => new StyledReference(s.Id, s.Title,
            s.Study.Html.Replace(PlaceholderUrl, html, StringComparison.Ordinal),
            s.Study.Text.Replace(PlaceholderUrl, url, StringComparison.Ordinal), s.Study.InText)).ToList();
    }

    /// <summary>Renders the study's citations; null (with errors) when a style is unknown or citeproc-js cannot run.</summary>
    public static StudyCitations? Render(Study study, Bibliography? bibliography, string inputDirectory, string themeDirectory, string displayRoot, DiagnosticBag diagnostics) =>
        Render([study], bibliography, inputDirectory, themeDirectory, displayRoot, diagnostics)?[0];

    /// <summary>
    /// Several studies in one citeproc-js run (the styles and language of the first): for the tests, which compare
    /// every publication type, since a run costs seconds per style.
    /// </summary>
    public static IReadOnlyList<StudyCitations>? Render(IReadOnlyList<Study> studies, Bibliography? bibliography, string inputDirectory, string themeDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        var study = studies[0];
        var styles = CslStyles.Resolve(study, inputDirectory, themeDirectory, displayRoot, diagnostics);
        if (styles is null) return null;
        var request = new JsonObject
        {
            ["locale"] = study.Language,
            ["localesDir"] = Path.Combine(themeDirectory, "csl", "locales"),
            ["styles"] = new JsonArray(styles.Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["path"] = s.Path }).ToArray()),
            ["items"] = new JsonArray(studies.Select((s, i) => JsonNode.Parse(CslItem.Object(Citation.ForPage(s, ItemId(i), PlaceholderUrl, null)))).ToArray()),
        };
        JsonArray? cslItems = null;
        if (bibliography is { IsBibTex: true }) request["bibtex"] = bibliography.Text;
        else if (bibliography is not null)
        {
            cslItems = bibliography.CslItems(diagnostics);
            if (cslItems is null) return null;
            request["bibliography"] = cslItems.DeepClone();
        }

        string answerText;
        try { answerText = Citeproc.Run(themeDirectory, request.ToJsonString()); }
        catch (CiteprocException e)
        {
            diagnostics.Error(study.Publication.LocationOf("citation_styles"), "CT001", e.Message);
            return null;
        }
        var answer = JsonNode.Parse(answerText)!.AsObject();
        var rendered = answer["styles"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var list = rendered.Count == 0 ? [] : rendered[0]["bibliography"]!.AsArray().Select(e => Entry(e!["id"]!.GetValue<string>(), e.AsObject())).ToList();
        var items = (cslItems ?? answer["parsed"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        var terms = answer["terms"]!.AsObject();
        return studies.Select((_, i) => new StudyCitations(
            rendered.Select(s => new Style(s["id"]!.GetValue<string>(), s["title"]!.GetValue<string>(), Entry(ItemId(i), s["items"]![ItemId(i)]!.AsObject()))).ToList(),
            answer["locale"]!.GetValue<string>(), list, items, terms["and"]?.GetValue<string>(), terms["et-al"]?.GetValue<string>())).ToList();
    }

    private static string ItemId(int index) => index == 0 ? "study" : "study-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RenderedEntry Entry(string id, JsonObject json) =>
        new(id, json["html"]!.GetValue<string>(), json["text"]!.GetValue<string>(), json["intext"]!.GetValue<string>());
}
