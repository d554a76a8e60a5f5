using System.Xml.Linq;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Tests.SiteOutput;

/// <summary>
/// The output has one page per thing of the study, no more and no fewer, plus the fixed pages. The expected
/// pages come from the input data (read with the generator's loader), so the check follows the study.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PageKindTests(BuiltSite site)
{
    /// <summary>Each page kind: the folder its pages live in, and the page names the input asks for.</summary>
    public static TheoryData<string> Kinds => new(EntityPages(StudyData.ThesisModel).Keys);

    private static Dictionary<string, (string Folder, IEnumerable<string> Names)> EntityPages(StudyModel model) => new()
    {
        ["quote"] = ("sitater", model.Quotes.Select(q => q.Id)),
        ["finding"] = ("funn", model.Findings.Select(f => f.Id)),
        ["concept"] = ("begreper", model.Concepts.Select(c => c.Id)),
        ["informant"] = ("informanter", model.Informants.Where(i => i.Kind == InformantKind.Pseudonym).Select(i => i.Id)),
        ["theme"] = ("temaer", model.Themes().Select(t => t.Id)),
        ["dimension"] = ("dimensjoner", model.Dimensions().Select(d => d.Id)),
        ["question"] = ("forskningssporsmal", model.Study.ResearchQuestions.Select(q => q.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ["case"] = (Slug.From(model.Study.CaseTerm.Plural), model.Cases.Select(c => c.Id)),
        ["chapter"] = ("kapitler", Numbers(model, ChapterKind.Chapter)),
        ["appendix"] = ("vedlegg", Numbers(model, ChapterKind.Appendix)),
    };

    private static IEnumerable<string> Numbers(StudyModel model, ChapterKind kind) =>
        model.Chapters.Where(c => c.Kind == kind).Select(c => c.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_entity_of_the_input_has_exactly_one_page(string kind)
    {
        var (folder, names) = EntityPages(StudyData.ThesisModel)[kind];
        var expected = names.Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, expected.Distinct().Count());

        var directory = Path.Combine(site.Output, folder);
        var actual = Directory.Exists(directory)
            ? Directory.GetDirectories(directory).Where(d => File.Exists(Path.Combine(d, "index.html"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_front_matter_chapter_has_a_page_at_its_slug()
    {
        var front = StudyData.ThesisModel.Chapters.Where(c => c.Kind == ChapterKind.Front).ToList();
        Assert.Contains(front, c => c.Slug == "sammendrag");
        Assert.Contains(front, c => c.Slug == "abstract");
        foreach (var chapter in front) Assert.True(File.Exists(Path.Combine(site.Output, chapter.Slug!, "index.html")), $"/{chapter.Slug}/ is missing");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("sammendrag/index.html")]
    [InlineData("abstract/index.html")]
    [InlineData("kapitler/index.html")]
    [InlineData("sitater/index.html")]
    [InlineData("funn/index.html")]
    [InlineData("sammenligning/index.html")]
    [InlineData("koding/index.html")]
    [InlineData("matrise/index.html")]
    [InlineData("begreper/index.html")]
    [InlineData("kilder/index.html")]
    [InlineData("dokumenter/index.html")]
    [InlineData("utforsk/index.html")]
    [InlineData("om/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public void The_fixed_page_exists(string file)
    {
        var path = Path.Combine(site.Output, file);
        Assert.True(File.Exists(path), $"{file} is missing");
        Assert.True(new FileInfo(path).Length > 0, $"{file} is empty");
    }

    [Fact]
    public void The_sitemap_lists_every_indexable_page_and_only_pages_that_exist()
    {
        var pages = new OutputPages(site.Output, BuiltSite.BaseUrl);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.All(listed, url => Assert.StartsWith(BuiltSite.BaseUrl + "/", url, StringComparison.Ordinal));

        var listedFiles = listed.Select(url => pages.Resolve("index.html", url)!.File).ToHashSet(StringComparer.Ordinal);
        var indexable = pages.Files.Where(f => pages.Document(f).QuerySelector("meta[name=robots][content*=noindex]") is null).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(listed.Count, listedFiles.Count);
        Assert.Empty(listedFiles.Except(indexable).Order(StringComparer.Ordinal));
        Assert.Empty(indexable.Except(listedFiles).Order(StringComparer.Ordinal));
        Assert.Contains($"Sitemap: {BuiltSite.BaseUrl}/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }
}
