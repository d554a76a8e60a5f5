using Site.Generator.Model;

namespace Site.Generator.Views;

/// <summary>
/// Themes × cases (and × research questions): the number of utterances in each cell, like a matrix coding query
/// in NVivo. Used by the matrix page and the comparison page, so both count alike.
/// </summary>
public sealed record CodingMatrix(IReadOnlyList<Case> Cases, IReadOnlyList<MatrixRow> Rows, IReadOnlyList<int> CaseTotals, int UncasedTotal)
{
    public static CodingMatrix Build(StudyModel model)
    {
        var rows = model.Themes.Select(theme => new MatrixRow(
            theme,
            model.Cases.Select(c => new MatrixCell(c, theme.Quotes.Where(q => q.Case == c).ToList())).ToList(),
            Utterances.Of(theme.Quotes).Count(q => q.Case is null))).ToList();
        var totals = model.Cases.Select(c => Utterances.Count(c.Quotes)).ToList();
        return new CodingMatrix(model.Cases, rows, totals, Utterances.Of(model.Quotes).Count(q => q.Case is null));
    }

    public int Total => Rows.Sum(r => r.Total);
}

public sealed record MatrixRow(Theme Theme, IReadOnlyList<MatrixCell> Cells, int Uncased)
{
    public int Total => Utterances.Count(Theme.Quotes);
}

public sealed record MatrixCell(Case Case, IReadOnlyList<Quote> Quotes)
{
    public int Count => Utterances.Count(Quotes);
}
