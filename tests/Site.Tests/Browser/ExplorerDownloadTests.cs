using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The selection downloads as CSV and JSON, made in the browser: one row per quote, in the same columns and the
/// same RFC 4180 form (with the formula guard) as the site's full /utforsk/sitater.csv.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerDownloadTests(ServedSite served)
{
    private const string CaseId = "orkland";
    private static StudyModel Model => StudyData.ThesisModel;

    private static async Task<string> DownloadAsync(ExplorerPage explorer, string button)
    {
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync(button));
        return await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
    }

    [Fact]
    public async Task The_csv_download_holds_the_selected_quotes_as_the_sites_csv_writes_them()
    {
        var theme = Model.Themes().MaxBy(t => Model.Quotes.Count(q => q.ThemeId() == t.Id && ExplorerPage.CaseOf(Model, q) == CaseId))!;
        var expected = Model.Quotes.Where(q => q.ThemeId() == theme.Id && ExplorerPage.CaseOf(Model, q) == CaseId).Select(q => q.Id).Order(StringComparer.Ordinal).ToList();
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?{ExplorerPage.CaseParam(Model)}={CaseId}&tema={theme.Id}");

        var csv = Csv.Parse(await DownloadAsync(explorer, ".explorer-csv"));

        var site = Csv.Parse(served.Site.Read("utforsk/sitater.csv"));
        Assert.Equal(site[0], csv[0]);
        Assert.Equal(expected, csv.Skip(1).Select(row => row[0]).Order(StringComparer.Ordinal).ToList());
        var siteRows = site.Skip(1).ToDictionary(row => row[0]);
        foreach (var row in csv.Skip(1)) Assert.Equal(siteRows[row[0]], row);
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task The_json_download_holds_the_same_rows()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served, $"?{ExplorerPage.CaseParam(Model)}={CaseId}&type=sitat");

        var json = JsonNode.Parse(await DownloadAsync(explorer, ".explorer-json"))!.AsArray();

        var expected = Model.Quotes.Where(q => ExplorerPage.CaseOf(Model, q) == CaseId).ToDictionary(q => q.Id);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), json.Select(row => (string)row!["id"]!).Order(StringComparer.Ordinal));
        foreach (var row in json)
        {
            var quote = expected[(string)row!["id"]!];
            Assert.Equal(quote.Text, (string)row["text"]!);
            Assert.Equal(Model.Informants.Single(i => i.Id == quote.SpeakerId).Name, (string)row["speaker"]!);
            Assert.Equal(Model.Cases.Single(c => c.Id == CaseId).ShortName, (string)row["case"]!);
            Assert.Equal(Model.Themes().Single(t => t.Id == quote.ThemeId()).Title, (string)row["theme"]!);
            Assert.Equal($"{BuiltSite.BaseUrl}/sitater/{quote.Id}/", (string)row["url"]!);
        }
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task The_csv_download_quotes_special_characters_and_defuses_formulas()
    {
        const string hostile = "=HYPERLINK(\"http://x\"),\r\nsecond line";
        await using var explorer = await ExplorerPage.NewAsync(served);
        // The same texts with the first quote's made hostile, to see how the browser writes it.
        var files = new ExplorerFiles(served.Site.Output);
        var first = files.Items.First(i => i.Kind == 'q');
        await explorer.Page.RouteAsync("**" + files.ChunkPath(first.Number / files.ChunkSize), async route =>
        {
            var response = await route.FetchAsync();
            var chunk = JsonNode.Parse(await response.TextAsync())!;
            chunk["items"]![first.Number % files.ChunkSize]!["x"] = hostile;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = chunk.ToJsonString(), ContentType = "application/json" });
        });
        await explorer.GoToAsync("?type=sitat");

        var text = await DownloadAsync(explorer, ".explorer-csv");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\"),\r\nsecond line\",", text);
        Assert.Contains(Csv.Parse(text), row => row[1] == "'" + hostile);
        Assert.EndsWith("\r\n", text);
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Download_buttons_are_disabled_when_the_selection_has_no_quotes()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served, "?type=dokument");
        Assert.True(await explorer.Page.Locator(".explorer-csv").IsDisabledAsync());
        Assert.True(await explorer.Page.Locator(".explorer-json").IsDisabledAsync());
        explorer.AssertNoErrors();
    }

    /// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row.ToArray());
                    row.Clear();
                    i++;
                }
                else field.Append(c);
            }
            Assert.False(quoted, "a quoted field is not closed");
            Assert.True(field.Length == 0 && row.Count == 0, "the last record does not end with CRLF");
            return rows;
        }
    }
}
