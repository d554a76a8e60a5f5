using System.Text.RegularExpressions;
using Site.Generator.Model;

namespace Site.Tests.Content;

/// <summary>
/// Quotes are research data: each must stand word for word in the source text, and where the running text
/// shows a quote, it must be the wording the thesis has at that place (the tables and the text differ at times).
/// Independent of the build's own check (SourceTextCheck): it folds only white space and hyphens, not all
/// punctuation, and it asks for the whole quotation, from « to ».
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed partial class QuoteSourceTests
{
    private static readonly ThesisSource Source = ThesisSource.Instance;

    [Fact]
    public void Every_quote_stands_word_for_word_in_the_source_as_a_whole_quotation()
    {
        Assert.NotEmpty(StudyData.Model.Quotes);
        var problems = new List<string>();
        foreach (var quote in StudyData.Model.Quotes)
        {
            var text = ThesisSource.Fold(quote.Text);
            if (!Source.Folded.Contains(text, StringComparison.Ordinal))
                problems.Add($"{quote.Id}: not in the source: «{text}»");
            else if (!StandsAsQuotation(Source.Folded, text))
                problems.Add($"{quote.Id}: in the source, but not as a whole quotation «…» (cut short, or run on?): «{text}»");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_quote_in_the_running_text_has_the_wording_of_the_source_at_that_place()
    {
        var problems = new List<string>();
        var quotes = StudyData.Model.Quotes.ToDictionary(q => q.Id);
        var checkedUses = 0;
        foreach (var use in QuoteUses(StudyData.Model.Chapters))
        {
            if (!quotes.TryGetValue(use.Id, out var quote)) { problems.Add($"{use}: no quote with this id"); continue; }
            var region = Source.Section(use.Section);
            checkedUses++;
            if (!region.Contains("«" + ThesisSource.Fold(quote.Text) + "»", StringComparison.Ordinal))
                problems.Add($"{use}: section {use.Section} of the source does not have «{ThesisSource.Fold(quote.Text)}»" +
                             " (if the text words it differently from a table, it needs its own quote entry)");
        }
        Assert.True(checkedUses > 0, "no :quote or ::quote found in the chapters");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Quotations_in_the_running_text_are_quote_directives_not_links()
    {
        // «[words](quote:id)» shows the author's retyping of a quote: the words are nobody's data.
        var links = StudyData.Model.Chapters
            .SelectMany(c => QuotedLink().Matches(c.Body).Select(m => $"{Path.GetFileName(c.SourcePath)}: {m.Value}"))
            .ToList();
        Assert.True(links.Count == 0, "write :quote[id] with a quote entry verbatim to the text instead of:\n" + string.Join("\n", links));
    }

    /// <summary>The text right after an opening «, and closed by » (or, where the thesis forgot it, by the attribution).</summary>
    private static bool StandsAsQuotation(string folded, string text)
    {
        for (var at = folded.IndexOf("«" + text, StringComparison.Ordinal); at >= 0; at = folded.IndexOf("«" + text, at + 1, StringComparison.Ordinal))
        {
            var after = folded[(at + 1 + text.Length)..];
            if (after.StartsWith('»') || after.StartsWith(" (", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public sealed record QuoteUse(string File, int Line, string Section, string Id)
    {
        public override string ToString() => $"{File}:{Line} {Id}";
    }

    /// <summary>Every :quote[id] and ::quote[id] of the chapters, with the numbered section it stands in.</summary>
    public static IEnumerable<QuoteUse> QuoteUses(IEnumerable<Chapter> chapters)
    {
        foreach (var chapter in chapters.Where(c => c.Kind == ChapterKind.Chapter))
        {
            var section = chapter.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var lines = chapter.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (NumberedHeading().Match(lines[i]) is { Success: true } heading) section = heading.Groups["number"].Value;
                foreach (Match use in QuoteDirective().Matches(lines[i]))
                    yield return new QuoteUse(Path.GetFileName(chapter.SourcePath), chapter.BodyLine + i, section, use.Groups["id"].Value);
            }
        }
    }

    [GeneratedRegex(@"^#{2,6}\s+(?<number>\d+(?:\.\d+)+)\s")]
    private static partial Regex NumberedHeading();

    // :quote[id] inline and ::quote[id] as a block; not ::quote-table.
    [GeneratedRegex(@":{1,2}quote\[(?<id>[a-z0-9-]+)\]")]
    private static partial Regex QuoteDirective();

    [GeneratedRegex(@"«\[[^\]]*\]\(quote:[^)]*\)»?")]
    private static partial Regex QuotedLink();
}
