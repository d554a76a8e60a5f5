using System.Globalization;
using System.Text.Json.Nodes;
using Site.Generator.Model;

namespace Site.Tests.Citations;

/// <summary>
/// The fields a reference manager keeps from an imported citation, taken from the CSL item citation-js read.
/// Authors are «family, given» in order, so that order and the split between the two parts both count.
/// </summary>
public sealed record ImportedItem(string Type, string Title, string Authors, string Year, string Institution, string Genre, string Url)
{
    public static ImportedItem FromCsl(JsonObject item) => new(
        Text(item["type"]),
        Text(item["title"]),
        string.Join("; ", item["author"]?.AsArray().Select(a => $"{Text(a?["family"])}, {Text(a?["given"])}") ?? []),
        item["issued"]?["date-parts"]?[0]?[0]?.ToString() ?? "",
        Text(item["publisher"]),
        Text(item["genre"]),
        Text(item["URL"]));

    /// <summary>What every format should say for a page that cites the study at <paramref name="url"/>.</summary>
    public static ImportedItem Expected(Study study, string url) => new(
        "thesis",
        Site.Generator.Citations.Citation.TitleOf(study),
        string.Join("; ", study.Authors.Select(a => $"{a.Family}, {a.Given}")),
        study.Year.ToString(CultureInfo.InvariantCulture),
        study.Institution,
        study.Degree,
        url);

    private static string Text(JsonNode? node) => node?.ToString() ?? "";
}
