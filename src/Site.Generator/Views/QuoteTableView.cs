using Site.Generator.Model;

namespace Site.Generator.Views;

/// <summary>A table of representative quotes (tables 5–7): the dimension's themes, each with its quotes in data order.</summary>
public sealed record QuoteTableView(Dimension Dimension, string? Caption, IReadOnlyList<QuoteTableRow> Rows)
{
    public static QuoteTableView For(Dimension dimension)
    {
        // Rows follow the table's own order: the theme of its first quote comes first.
        var quotes = dimension.Quotes.Where(q => q.Table == dimension.Table).OrderBy(q => q.Order).ToList();
        var rows = quotes.GroupBy(q => q.Theme).Select(g => new QuoteTableRow(g.Key, g.ToList())).ToList();
        return new QuoteTableView(dimension, dimension.TableCaption, rows);
    }

    public int Count => Rows.Sum(r => r.Quotes.Count);
}

public sealed record QuoteTableRow(Theme Theme, IReadOnlyList<Quote> Quotes);

/// <summary>A figure with what it is drawn from: the coding hierarchy, or the main finding.</summary>
public sealed record FigureView(Figure Figure, StudyModel Model)
{
    public List<Dimension> Dimensions => Model.Dimensions;
    public MainFinding? MainFinding => Model.Study.MainFinding;
    public string Kind => Loading.Naming.ToKebabCase(Figure.Kind.ToString());
}
