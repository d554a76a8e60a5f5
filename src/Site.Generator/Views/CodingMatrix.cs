using Site.Generator.Model;

namespace Site.Generator.Views;

/// <summary>
/// Codes × cases (and × research questions): the number of utterances in each cell, like a matrix coding query in
/// NVivo. The rows are the codes with no codes under them, at whatever level they stand. Used by the matrix page
/// and the comparison page, so both count alike.
/// </summary>
public sealed record CodingMatrix(IReadOnlyList<Case> Cases, IReadOnlyList<MatrixRow> Rows, IReadOnlyList<int> CaseTotals, int UncasedTotal, int Total)
{
    public static CodingMatrix Build(StudyModel model)
    {
        var rows = model.Codes.Where(c => c.IsLeaf && c.Level is not null).Select(code => new MatrixRow(
            code,
            model.Cases.Select(c => new MatrixCell(c, code.AllQuotes.Where(q => q.Case == c).ToList())).ToList(),
            Utterances.Of(code.AllQuotes).Count(q => q.Case is null))).ToList();
        var totals = model.Cases.Select(c => Utterances.Count(c.Quotes)).ToList();
        return new CodingMatrix(model.Cases, rows, totals, Utterances.Of(model.Quotes).Count(q => q.Case is null), Utterances.Count(model.Quotes));
    }

    /// <summary>True when every case has quotes of its own: a column of quotes with no case would show only zeros otherwise.</summary>
    public bool HasUncased => UncasedTotal > 0;
}

public sealed record MatrixRow(Code Code, IReadOnlyList<MatrixCell> Cells, int Uncased)
{
    public int Total => Utterances.Count(Code.AllQuotes);
}

public sealed record MatrixCell(Case Case, IReadOnlyList<Quote> Quotes)
{
    public int Count => Utterances.Count(Quotes);
}
