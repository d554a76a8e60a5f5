using System.Text.RegularExpressions;

namespace Site.Tests.Content;

/// <summary>
/// Every interview quotation of chapters 4–6 is quote data: wherever the source has words in «» followed by the
/// name of a speaker, «…» (Ole) or «…» (informant fra Bærum), a quote of the data has exactly those words. This
/// reads the source, not the chapters, so a quotation the encoding left as plain text (or a chapter whose
/// quotations were never entered, as 5 and 6 would be if they had any) fails here.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed partial class AttributedQuotationTests
{
    private static readonly ThesisSource Source = ThesisSource.Instance;

    private static string ChaptersFourToSix()
    {
        var start = Source.Headings.First(h => h.Number == "4").Line;
        return ThesisSource.Fold(ThesisSource.Join(Source.Lines.Where(l => l.Number >= start && l.Number < Source.AppendixStart && !ThesisSource.IsPageNumber(l.Text))));
    }

    /// <summary>Quotation, then a speaker's name in brackets; the » may be missing where the thesis forgot it.</summary>
    private static IReadOnlyList<(string Words, string Speaker)> AttributedQuotations()
    {
        var names = StudyData.Model.Informants.Select(i => i.Name).ToList();
        var pattern = new Regex(@"«(?<words>[^«»]+?)»?\s*\((?<speaker>" + string.Join("|", names.Select(Regex.Escape)) + @")\)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return pattern.Matches(ChaptersFourToSix()).Select(m => (m.Groups["words"].Value.Trim(), m.Groups["speaker"].Value)).ToList();
    }

    [Fact]
    public void Every_attributed_quotation_of_chapters_4_to_6_is_a_quote_of_the_data()
    {
        var quotations = AttributedQuotations();
        Assert.True(quotations.Count >= StudyData.Model.Quotes.Count / 2, $"only {quotations.Count} attributed quotations read from the source");
        var data = StudyData.Model.Quotes.Select(q => ThesisSource.Fold(q.Text)).ToHashSet(StringComparer.Ordinal);
        var missing = quotations.Where(q => !data.Contains(q.Words)).Select(q => $"«{q.Words}» ({q.Speaker})").ToList();
        Assert.True(missing.Count == 0, "attributed quotations with no quote entry:\n" + string.Join("\n", missing));
    }
}
