using System.Text;
using Site.Generator.Model;
using Site.Tests.SiteOutput;

namespace Site.Tests.Browser;

/// <summary>
/// The explorer's first file holds no words: the result cards fetch theirs in chunks when they come on screen, so
/// the first view costs the same whatever the study's size, and a download fetches what its rows need.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ExplorerTextLoadingTests(ServedSite served)
{
    private const int PageSize = 50; // the cards the explorer shows before «show more»
    private static StudyModel Model => StudyData.ThesisModel;

    private ExplorerFiles Files => new(served.Site.Output);

    /// <summary>Records the text chunks the page asks for, by number.</summary>
    private static SortedSet<int> WatchChunks(ExplorerPage explorer, ExplorerFiles files)
    {
        var chunks = new SortedSet<int>();
        explorer.Page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.StartsWith(files.TextFolder, StringComparison.Ordinal))
                lock (chunks) chunks.Add(files.ChunkAt(path));
        };
        return chunks;
    }

    private static SortedSet<int> ChunksOf(ExplorerFiles files, IEnumerable<int> items) => new(items.Select(i => i / files.ChunkSize));

    [Fact]
    public void The_first_file_holds_no_words()
    {
        var data = served.Site.Read("utforsk/data.json");
        Assert.All(Model.Quotes.Take(20), quote => Assert.DoesNotContain(quote.Text, data));
        Assert.DoesNotContain(Model.Findings[0].Statement, data);
        Assert.DoesNotContain("/sitater/", data);
    }

    [Fact]
    public async Task The_first_view_fetches_only_the_words_of_the_cards_it_shows_and_show_more_fetches_the_next()
    {
        var files = Files;
        await using var explorer = await ExplorerPage.NewAsync(served);
        var chunks = WatchChunks(explorer, files);
        await explorer.GoToAsync();
        await explorer.CardsCompleteAsync();

        // Without a query or filter the results stand in reading order: the first cards are the first items.
        Assert.Equal(ChunksOf(files, Enumerable.Range(0, PageSize)), chunks);
        Assert.Equal(PageSize, await explorer.Page.Locator(".explorer-results > li").CountAsync());

        await explorer.Page.ClickAsync(".explorer-more");
        await explorer.Page.WaitForFunctionAsync("n => document.querySelectorAll('.explorer-results > li').length > n", PageSize);
        await explorer.CardsCompleteAsync();
        Assert.Equal(ChunksOf(files, Enumerable.Range(0, 2 * PageSize)), chunks);
        Assert.True(chunks.Count < (files.Items.Count + files.ChunkSize - 1) / files.ChunkSize, "not every chunk is fetched");
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task The_first_cards_come_with_their_words_and_the_rest_follow()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served, "?type=sitat&sort=rekkefolge");
        var cards = explorer.Page.Locator(".explorer-results > li");

        // At the moment the results are shown, the cards at the top already hold their quotes.
        var first = await cards.EvaluateAllAsync<string[]>("cards => cards.slice(0, 12).map(c => c.querySelector('blockquote a')?.textContent ?? '')");
        Assert.All(first, text => Assert.StartsWith("«", text));
        await explorer.CardsCompleteAsync();
        Assert.Equal(PageSize, await cards.Locator("blockquote a").CountAsync());
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Every_card_shows_the_words_of_its_own_item()
    {
        await using var explorer = await ExplorerPage.OpenAsync(served, "?type=sitat");

        await explorer.ResultUrlsAsync();

        var cards = await explorer.Page.Locator(".explorer-results > li a").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.getAttribute('href'), a.textContent])");
        var quotes = Model.Quotes.ToDictionary(q => $"/sitater/{q.Id}/");
        Assert.Equal(quotes.Count, cards.Length);
        Assert.All(cards, card => Assert.Equal($"«{quotes[card[0]].Text}»", card[1]));
        explorer.AssertNoErrors();
    }

    [Fact]
    public async Task Downloading_every_quote_fetches_their_words_and_gives_the_sites_own_csv()
    {
        var files = Files;
        await using var explorer = await ExplorerPage.NewAsync(served);
        var chunks = WatchChunks(explorer, files);
        await explorer.GoToAsync("?type=sitat");

        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync(".explorer-csv"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);

        Assert.Equal(ChunksOf(files, files.Items.Where(i => i.Kind == 'q').Select(i => i.Number)), chunks);
        var expected = served.Site.Read("utforsk/sitater.csv").Split("\r\n");
        var rows = csv.Split("\r\n");
        Assert.Equal(expected[0], rows[0]);
        Assert.Equal(expected.Skip(1).Order(StringComparer.Ordinal), rows.Skip(1).Order(StringComparer.Ordinal));
        explorer.AssertNoErrors();
    }
}
