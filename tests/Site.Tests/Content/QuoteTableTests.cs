using Site.Generator.Model;
using Xunit.Abstractions;

namespace Site.Tests.Content;

/// <summary>
/// Tables 5–7 of the site are drawn from the quotes with <c>table: N</c>; they must hold what the thesis's tables
/// hold: as many quotes under each 2nd-order theme, the same words, the same speakers, in the same order.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class QuoteTableTests(ITestOutputHelper output)
{
    public static TheoryData<int> Tables()
    {
        var data = new TheoryData<int>();
        foreach (var dimension in StudyData.Model.Dimensions().Where(d => d.Table is not null)) data.Add(dimension.Table!.Value);
        return data;
    }

    private static SourceTable Read(int table) =>
        new(ThesisSource.Instance, table, StudyData.TableDimension(table), StudyData.Model.Informants);

    private static List<Quote> DataQuotes(int table) => StudyData.Model.Quotes.Where(q => q.Table == table).ToList();

    [Theory, MemberData(nameof(Tables))]
    public void The_source_table_has_every_label_of_its_dimension_and_no_quote_above_them(int table)
    {
        var source = Read(table);
        var dimension = StudyData.TableDimension(table);
        Assert.Equal(dimension.Codes.Select(t => t.Id).Order(), source.Labels.Select(t => t.Id).Order());
        Assert.NotEmpty(source.Quotes);
        Assert.All(source.Quotes, q => Assert.True(q.Theme is not null, $"«{q.Text}» stands above the first label of table {table}"));
    }

    [Theory, MemberData(nameof(Tables))]
    public void Each_theme_has_as_many_quotes_in_the_data_as_in_the_source_table(int table)
    {
        var source = Read(table);
        var data = DataQuotes(table);
        var rows = StudyData.TableDimension(table).Codes
            .Select(t => (Theme: t.Id, Source: source.Quotes.Count(q => q.Theme?.Id == t.Id), Data: data.Count(q => q.ThemeId() == t.Id)))
            .ToList();
        foreach (var row in rows) output.WriteLine($"Tabell {table} / {row.Theme}: source {row.Source}, data {row.Data}");
        output.WriteLine($"Tabell {table}: source {source.Quotes.Count}, data {data.Count}");
        Assert.All(rows, row => Assert.True(row.Source == row.Data, $"table {table}, theme {row.Theme}: the source has {row.Source} quotes, the data {row.Data}"));
        Assert.Equal(source.Quotes.Count, data.Count);
    }

    [Theory, MemberData(nameof(Tables))]
    public void The_data_has_the_table_quotes_word_for_word_with_their_speakers_in_the_source_order(int table)
    {
        var source = Read(table);
        var data = DataQuotes(table);
        var names = StudyData.Model.Informants.ToDictionary(i => i.Id, i => i.Name);
        var problems = new List<string>();
        for (var i = 0; i < Math.Max(source.Quotes.Count, data.Count); i++)
        {
            var expected = i < source.Quotes.Count ? source.Quotes[i] : null;
            var actual = i < data.Count ? data[i] : null;
            if (expected is null || actual is null)
            {
                problems.Add($"#{i + 1}: source «{expected?.Text}», data {actual?.Id}");
                continue;
            }
            if (ThesisSource.Fold(actual.Text) != expected.Text)
                problems.Add($"#{i + 1} {actual.Id}: the source table has «{expected.Text}»");
            if (!string.Equals(names.GetValueOrDefault(actual.SpeakerId), expected.Speaker, StringComparison.OrdinalIgnoreCase))
                problems.Add($"#{i + 1} {actual.Id}: speaker {actual.SpeakerId}, the source table has ({expected.Speaker})");
            if (actual.ThemeId() != expected.Theme?.Id)
                problems.Add($"#{i + 1} {actual.Id}: theme {actual.ThemeId()}, the source table has it under {expected.Theme?.Id}");
        }
        Assert.True(problems.Count == 0, $"table {table}:\n" + string.Join("\n", problems));
    }
}
