using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Citations;

/// <summary>
/// The study's own bibliography, as a reference manager exports it: <c>references.bib</c> (BibTeX or biblatex,
/// read by citation-js in the citeproc step) or <c>references.json</c> (CSL-JSON). Each entry becomes a work that
/// the text cites by author and year, as works.yml's do, or by <c>[@key]</c>; the reference list renders them with
/// the study's first citation style.
/// </summary>
public sealed partial class Bibliography
{
    public const string BibTexFile = "references.bib";
    public const string CslJsonFile = "references.json";

    public required string Path { get; init; }
    public required string Display { get; init; }
    public required string Text { get; init; }
    public bool IsBibTex => Path.EndsWith(".bib", StringComparison.Ordinal);

    /// <summary>The study's bibliography file, or null when it brings none (works.yml is the index then).</summary>
    public static Bibliography? Find(string inputDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        var found = new[] { BibTexFile, CslJsonFile }.Select(name => System.IO.Path.Combine(inputDirectory, name)).Where(File.Exists).ToList();
        if (found.Count == 0) return null;
        var display = System.IO.Path.GetRelativePath(displayRoot, found[0]);
        if (found.Count > 1)
            diagnostics.Error(SourceLocation.FileOnly(display), "RF010", $"the study has both {BibTexFile} and {CslJsonFile}", "keep one bibliography file");
        var text = new Loading.SourceFolder(inputDirectory).Read(found[0], display, diagnostics);
        return text is null ? null : new Bibliography { Path = found[0], Display = display, Text = text };
    }

    /// <summary>The CSL-JSON items of a references.json, or null (with an error) when it is not a list of items.</summary>
    public JsonArray? CslItems(DiagnosticBag diagnostics)
    {
        try
        {
            if (JsonNode.Parse(Text) is JsonArray items && items.All(i => i is JsonObject o && o["id"] is not null)) return items;
        }
        catch (System.Text.Json.JsonException e)
        {
            diagnostics.Error(new SourceLocation(Display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), "RF011", "the bibliography is not valid JSON: " + e.Message);
            return null;
        }
        diagnostics.Error(SourceLocation.FileOnly(Display), "RF011", "the bibliography must be a CSL-JSON list of items, each with an id", "export it from Zotero as «CSL JSON»");
        return null;
    }

    /// <summary>Where an entry stands in the file: its <c>@type{key,</c> line, or its <c>"id": "key"</c>.</summary>
    public SourceLocation LocationOf(string key)
    {
        var pattern = IsBibTex ? $@"@\w+\s*\{{\s*{Regex.Escape(key)}\s*," : $@"""id""\s*:\s*""?{Regex.Escape(key)}\b";
        var match = Regex.Match(Text, pattern);
        if (!match.Success) return SourceLocation.FileOnly(Display);
        var line = 1 + Text.AsSpan(0, match.Index).Count('\n');
        var column = match.Index - (Text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1) + 1;
        return new SourceLocation(Display, line, column);
    }

    /// <summary>
    /// The works of the bibliography, in the order the style lists them, each with the author forms the text may
    /// cite it by: «Braun &amp; Clarke», «Braun and Clarke» (the locale's word), «Braun et al.» for three or more.
    /// </summary>
    public static List<Work> Works(IReadOnlyList<JsonObject> items, IReadOnlyList<RenderedEntry> rendered, string? and, string? etAl, Bibliography file)
    {
        var byId = items.ToDictionary(i => (string)i["id"]!.ToString(), StringComparer.Ordinal);
        var works = new List<Work>();
        foreach (var entry in rendered)
        {
            if (!byId.TryGetValue(entry.Id, out var item)) continue;
            var names = Families(item["author"] as JsonArray ?? item["editor"] as JsonArray);
            var forms = CiteForms(names, and, etAl).ToList();
            if (forms.Count == 0) forms.Add(item["title"]?.ToString() ?? entry.Id);
            var work = new Work
            {
                Id = Slug.IsValid(entry.Id) ? entry.Id : Slug.From(entry.Id),
                CiteAs = forms[0],
                Year = YearOf(item),
                Aliases = forms.Skip(1).ToList(),
                Location = file.LocationOf(entry.Id),
                CitationKey = entry.Id,
                ReferenceHtml = entry.Html,
                InText = entry.InText,
            };
            work.FieldLocations["id"] = work.Location;
            works.Add(work);
        }
        return works;
    }

    private static List<string> Families(JsonArray? names) =>
        names?.OfType<JsonObject>().Select(n => (n["family"] ?? n["literal"])?.ToString() ?? "").Where(n => n.Length > 0).ToList() ?? [];

    private static IEnumerable<string> CiteForms(List<string> names, string? and, string? etAl)
    {
        switch (names.Count)
        {
            case 0: yield break;
            case 1: yield return names[0]; break;
            case 2:
                yield return $"{names[0]} & {names[1]}";
                if (!string.IsNullOrWhiteSpace(and)) yield return $"{names[0]} {and} {names[1]}";
                break;
            default:
                if (!string.IsNullOrWhiteSpace(etAl)) yield return $"{names[0]} {etAl}";
                yield return $"{names[0]} et al.";
                yield return string.Join(", ", names.Take(names.Count - 1)) + " & " + names[^1];
                if (!string.IsNullOrWhiteSpace(and)) yield return string.Join(", ", names.Take(names.Count - 1)) + $" {and} " + names[^1];
                break;
        }
    }

    private static string YearOf(JsonObject item)
    {
        var parts = item["issued"]?["date-parts"]?[0]?[0];
        if (parts is not null) return Convert.ToString(parts.GetValue<object>(), CultureInfo.InvariantCulture) ?? "";
        var literal = item["issued"]?["literal"]?.ToString() ?? item["issued"]?["raw"]?.ToString();
        return literal is null ? "" : YearPattern().Match(literal).Value;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearPattern();

    /// <summary>A citation <c>[@key]</c> in the text: the key, and where it stands.</summary>
    [GeneratedRegex(@"\[@(?<key>[\p{L}\p{N}_:.#$%&+?<>~/-]+)\]")]
    public static partial Regex KeyCitation();
}
