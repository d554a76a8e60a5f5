using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Site.Tests.Content;

/// <summary>
/// The site keeps the thesis's structure: every numbered heading of chapters 1–6 is a section of its chapter
/// page, at the anchor made from its number (4.2.1 → /kapitler/4/#4-2-1), at the level its number implies.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class SectionTests(BuiltSite site, ITestOutputHelper output)
{
    private static readonly IReadOnlyList<SourceHeading> Headings = ThesisSource.Instance.Headings;

    [Fact]
    public void The_source_headings_are_read_in_an_unbroken_numbering()
    {
        // Guards the reading of the source: a heading the PDF merged into a paragraph would leave a gap here.
        Assert.NotEmpty(Headings);
        Assert.Equal("1", Headings[0].Number);
        for (var i = 1; i < Headings.Count; i++)
            Assert.True(Follows(Headings[i - 1].Number, Headings[i].Number),
                $"line {Headings[i].Line}: {Headings[i].Number} does not follow {Headings[i - 1].Number}");
        Assert.Equal(6, Headings[^1].Chapter);
        output.WriteLine($"{Headings.Count} numbered headings in chapters 1–6 of the source");
    }

    [Fact]
    public void Every_numbered_heading_of_the_source_is_a_section_of_its_chapter_page()
    {
        var problems = new List<string>();
        var pages = new Dictionary<int, IDocument>();
        foreach (var heading in Headings)
        {
            if (!pages.TryGetValue(heading.Chapter, out var page))
            {
                var path = Path.Combine(site.Output, "kapitler", heading.Chapter.ToString(System.Globalization.CultureInfo.InvariantCulture), "index.html");
                if (!File.Exists(path)) { problems.Add($"{heading.Number}: no chapter page /kapitler/{heading.Chapter}/"); continue; }
                pages[heading.Chapter] = page = new HtmlParser().ParseDocument(File.ReadAllText(path));
            }
            var problem = heading.Depth == 1 ? CheckChapter(page, heading) : CheckSection(page, heading);
            if (problem is not null) problems.Add($"{heading.Number} (source line {heading.Line}): {problem}");
        }
        output.WriteLine($"{Headings.Count} headings checked ({Headings.Count(h => h.Depth > 1)} sections, {Headings.Count(h => h.Depth == 1)} chapters)");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_chapter_pages_have_no_numbered_section_the_source_lacks()
    {
        var known = Headings.Select(h => h.Anchor).ToHashSet(StringComparer.Ordinal);
        var extra = Headings.Select(h => h.Chapter).Distinct()
            .SelectMany(chapter => new HtmlParser().ParseDocument(site.Read($"kapitler/{chapter}/index.html"))
                .QuerySelectorAll("h2[id], h3[id], h4[id], h5[id], h6[id]")
                .Select(h => h.Id!)
                .Where(id => SectionAnchor().IsMatch(id) && !known.Contains(id))
                .Select(id => $"/kapitler/{chapter}/#{id}"))
            .ToList();
        Assert.True(extra.Count == 0, "sections that are not in the source:\n" + string.Join("\n", extra));
    }

    private static string? CheckChapter(IDocument page, SourceHeading heading)
    {
        var title = page.QuerySelector("h1")?.TextContent;
        return Words(title ?? "") == Words(heading.Title) ? null : $"the page's title is «{title}», the source has «{heading.Title}»";
    }

    private static string? CheckSection(IDocument page, SourceHeading heading)
    {
        var element = page.GetElementById(heading.Anchor);
        if (element is null) return $"no element #{heading.Anchor}";
        // The chapter title is h1, so 4.2 is an h2 and 3.4.1.1 an h4.
        var expected = "h" + heading.Depth;
        if (element.LocalName != expected) return $"#{heading.Anchor} is a <{element.LocalName}>, expected <{expected}>";
        // The title may run over two lines in the source; the first line must begin the site's heading.
        var text = Words(element.TextContent);
        var start = Words(heading.Number + " " + heading.Title);
        return (text + " ").StartsWith(start + " ", StringComparison.Ordinal) ? null : $"the heading reads «{element.TextContent.Trim()}», the source «{heading.Number} {heading.Title}»";
    }

    private static string Words(string text) => string.Join(' ', WordPattern().Matches(text).Select(m => m.Value));

    /// <summary>True if <paramref name="next"/> can come right after <paramref name="previous"/>: a first child, a next sibling, or the next of an ancestor.</summary>
    public static bool Follows(string previous, string next)
    {
        var a = previous.Split('.').Select(int.Parse).ToArray();
        var b = next.Split('.').Select(int.Parse).ToArray();
        if (b.Length == a.Length + 1) return a.SequenceEqual(b[..^1]) && b[^1] == 1;
        if (b.Length > a.Length) return false;
        return a[..(b.Length - 1)].SequenceEqual(b[..^1]) && b[^1] == a[b.Length - 1] + 1;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\d+(-\d+)+$")]
    private static partial Regex SectionAnchor();
}
