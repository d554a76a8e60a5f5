using Site.Generator.Model;
using Site.Generator.Urls;
using Xunit.Abstractions;

namespace Site.Tests.Content;

/// <summary>
/// Nothing of the thesis is lost on the way to the site: every word of the source text stands on the pages that
/// carry the thesis's text (front matter, chapters, appendices), in a run of <see cref="RunLength"/> consecutive
/// source words, unless lost-text-exclusions.txt says why not.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LostTextTests(BuiltSite site, ITestOutputHelper output)
{
    /// <summary>
    /// Six words: about 10 % of the thesis's six-word runs occur more than once, and nearly all of those are
    /// passages the thesis itself repeats (a quote in the text and in a table, a finding restated in the
    /// conclusion), so a matching run is the same passage, not a chance hit elsewhere; with four words 18 % recur
    /// and common phrases («jobber med innovasjon i kommunen») could stand in for a lost passage. Each word needs
    /// only one matching run, so text the site adds (an attribution line, a link) is no loss, while a missing or
    /// changed word always is. A passage the thesis prints twice is only found lost if both copies are.
    /// </summary>
    public const int RunLength = 6;

    /// <summary>
    /// Pages that carry the thesis's own text. Other pages repeat passages (a finding's statement, a concept's
    /// definition) and would hide a passage lost from the chapter.
    /// </summary>
    private IEnumerable<string> ThesisPages() =>
        StudyData.Model.Chapters.Select(c => Path.Combine(site.Output, SiteUrls.Thesis.Chapter(c).Trim('/'), "index.html"));

    private SourceWords Source()
    {
        var source = ThesisSource.Instance;
        var frontTitles = StudyData.Model.Chapters.Where(c => c.Kind == ChapterKind.Front).Select(c => c.Title).ToHashSet(StringComparer.Ordinal);
        // Headings begin a new page or section on the site, with page furniture in between: the source's words
        // are checked within the stretches between them.
        var boundaries = source.Headings.Select(h => h.Line)
            .Concat(source.Lines.Where(l => frontTitles.Contains(l.Text.Trim()) || ThesisSource.IsAppendixHeading(l.Text)).Select(l => l.Number))
            .ToHashSet();
        return new SourceWords(source.Lines, boundaries);
    }

    private SiteWords Site()
    {
        var pages = ThesisPages().ToList();
        Assert.All(pages, page => Assert.True(File.Exists(page), $"{page} was not built"));
        return new SiteWords(pages.Select(page => SiteText.Of(File.ReadAllText(page))), RunLength);
    }

    private static IReadOnlyList<LostTextExclusion> Exclusions() => LostTextExclusion.Parse(File.ReadAllText(LostTextExclusion.FilePath));

    [Fact]
    public void Every_word_of_the_source_stands_on_the_thesis_pages_unless_excluded_with_a_reason()
    {
        var source = Source();
        var excluded = Exclusions().SelectMany(e => e.WordsIn(source)).ToHashSet();
        var (runs, _) = LostText.Find(source.All, source.Sequences(excluded), Site());

        output.WriteLine($"{source.All.Count} words in the source, {excluded.Count} excluded, runs of {RunLength}; {runs.Count} lost runs");
        Assert.True(runs.Count == 0,
            $"{runs.Count} stretches of the source are not on the site (fix the content, or add an entry with a reason to lost-text-exclusions.txt):\n"
            + string.Join("\n", runs));
    }

    [Fact]
    public void Every_exclusion_stands_in_the_source_and_covers_words_the_site_really_lacks()
    {
        var source = Source();
        var exclusions = Exclusions();
        var (_, lostWithoutExclusions) = LostText.Find(source.All, source.Sequences(new HashSet<int>()), Site());
        var problems = new List<string>();
        foreach (var exclusion in exclusions)
        {
            var words = exclusion.WordsIn(source);
            if (words.Count == 0) problems.Add($"{exclusion}: not in the source");
            else if (!words.Any(lostWithoutExclusions.Contains)) problems.Add($"{exclusion}: the site shows these words; remove the entry");
        }
        output.WriteLine($"{exclusions.Count} exclusions:");
        foreach (var group in exclusions.GroupBy(e => e.Reason)) output.WriteLine($"  {group.Count()} × {group.Key}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
