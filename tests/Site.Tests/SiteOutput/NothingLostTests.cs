namespace Site.Tests.SiteOutput;

/// <summary>Every quote, finding and concept of the input reaches the reader: its page, the explorer's data, and the data download.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NothingLostTests(BuiltSite site)
{
    [Fact]
    public void Every_quote_has_its_page_its_explorer_item_and_its_csv_row()
    {
        var explorer = new ExplorerFiles(site.Output);
        var items = explorer.Items.ToDictionary(i => i.Url);
        var csvIds = site.Read("utforsk/sitater.csv").Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToHashSet();
        foreach (var quote in StudyData.ThesisModel.Quotes)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, "sitater", quote.Id, "index.html")), $"no page for quote {quote.Id}");
            Assert.Equal(quote.Text, items[$"/sitater/{quote.Id}/"].Words);
            Assert.Contains(quote.Id, csvIds);
        }
        Assert.Equal(StudyData.ThesisModel.Quotes.Count, csvIds.Count);
    }

    [Fact]
    public void Every_finding_and_concept_has_its_page_and_is_in_the_explorer()
    {
        var explorer = new ExplorerFiles(site.Output);
        var urls = explorer.Items.Select(i => i.Url).ToHashSet();
        var data = site.Read("utforsk/data.json");
        foreach (var finding in StudyData.ThesisModel.Findings)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, "funn", finding.Id, "index.html")), $"no page for finding {finding.Id}");
            Assert.Contains($"/funn/{finding.Id}/", urls);
        }
        foreach (var concept in StudyData.ThesisModel.Concepts)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, "begreper", concept.Id, "index.html")), $"no page for concept {concept.Id}");
            Assert.Contains($"\"{concept.Id}\"", data);
        }
    }
}
