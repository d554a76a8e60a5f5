using Site.Generator.Model;

namespace Site.Generator.Views;

/// <summary>
/// A table of representative quotes (the thesis's tables 5–7): the code that owns the table, the codes under it
/// that its quotes are coded with, and the quotes, in the order of the data.
/// </summary>
public sealed record QuoteTableView(Code Code, string? Caption, IReadOnlyList<QuoteTableRow> Rows)
{
    public static QuoteTableView For(Code code)
    {
        // Rows follow the table's own order: the code of its first quote comes first.
        var quotes = code.AllQuotes.Where(q => q.Table == code.Table).OrderBy(q => q.Order).ToList();
        var rows = quotes.GroupBy(q => q.Codes.First(c => c.SelfAndAncestors().Contains(code))).Select(g => new QuoteTableRow(g.Key, g.ToList())).ToList();
        return new QuoteTableView(code, code.TableCaption, rows);
    }

    public int Count => Rows.Sum(r => r.Quotes.Count);
    /// <summary>The level of the codes in the rows (the first row's), for the column header.</summary>
    public CodingLevel? RowLevel => Rows.Count > 0 ? Rows[0].Code.Level : null;
}

public sealed record QuoteTableRow(Code Code, IReadOnlyList<Quote> Quotes);

/// <summary>A figure with what it is drawn from: the coding hierarchy, or the main finding.</summary>
public sealed record FigureView(Figure Figure, StudyModel Model)
{
    public List<Code> Codes => Model.Coding.Codes;
    public List<CodingLevel> Levels => Model.Levels;
    public MainFinding? MainFinding => Model.Study.MainFinding;
    public string Kind => Figure.Kind;
}
