using AngleSharp.Html.Parser;
using Site.Generator.Build;
using Site.Generator.Pipelines;
using Site.Synthetic;

namespace Site.Tests.Synthetic;

/// <summary>
/// What the explorer's first view downloads stays about the same as a study grows: the page's list for readers
/// without JavaScript shows the first quotes of each theme and links to the rest, and the data file holds no words.
/// </summary>
public sealed class ExplorerScaleTests
{
    [Fact]
    public void A_large_study_keeps_the_explorer_page_light_and_every_item_in_its_files()
    {
        using var temp = new TempFolder();
        var study = SyntheticStudyGenerator.Generate(600, temp["study"], seed: 5);
        new SiteBuilder(BuiltSite.Options(temp["study"], temp["out"], searchIndex: false)).Build();

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["out"], "utforsk", "index.html")));
        var fallback = page.QuerySelector(".explorer-fallback")!;
        var listed = fallback.QuerySelectorAll(".quote-card").Length;
        Assert.InRange(listed, 1, ExplorerPipeline.FallbackQuotes);
        var themes = study.Quotes.GroupBy(q => q.Theme.Id).ToList();
        var perTheme = ExplorerPipeline.FallbackQuotes / themes.Count;
        foreach (var theme in themes)
        {
            var heading = fallback.QuerySelector($"#tema-{theme.Key}")!;
            var list = heading.NextElementSibling!;
            Assert.Equal(Math.Min(perTheme, theme.Count()), list.QuerySelectorAll(".quote-card").Length);
            var more = list.NextElementSibling;
            if (theme.Count() > perTheme)
                Assert.Contains($"{theme.Count()}", more?.QuerySelector("a")?.TextContent ?? "(no link to the rest)");
        }

        var files = new ExplorerFiles(temp["out"]);
        Assert.Equal(study.Quotes.Count, files.Items.Count(i => i.Kind == 'q'));
        Assert.Equal(study.Quotes.Select(q => q.Text).Order(StringComparer.Ordinal), files.Items.Where(i => i.Kind == 'q').Select(i => i.Words!).Order(StringComparer.Ordinal));
        var data = File.ReadAllText(Path.Combine(temp["out"], "utforsk", "data.json"));
        Assert.All(study.Quotes.Take(50), q => Assert.DoesNotContain(q.Text, data));
    }
}
