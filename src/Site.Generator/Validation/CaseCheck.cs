using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// Where the data places people and quotes among the cases holds together: an informant's case is stated or inferred
/// (and an inference gives its reasoning), a quote keeps its speaker's case unless a note says why it may differ, and
/// the comparison has a column for every value.
/// </summary>
public static class CaseCheck
{
    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        foreach (var informant in model.Informants) CheckInformant(informant, diagnostics);
        if (model.Comparison is { } table)
            foreach (var row in table.Rows)
            foreach (var key in row.Values.Keys.Where(k => !table.ColumnIds.Contains(k)))
                diagnostics.Error(row.LocationOf("values"), "C10", $"the value for '{key}' has no column", $"columns: {string.Join(", ", table.ColumnIds)}");
        foreach (var quote in model.Quotes.Where(q => q.Speaker is not null)) CheckQuote(quote, diagnostics);
    }

    private static void CheckInformant(Informant informant, DiagnosticBag diagnostics)
    {
        if (informant.CaseId is not null && informant.CaseInferredId is not null)
            diagnostics.Error(informant.LocationOf("case_inferred"), "I10", $"{informant.Name} has both a stated case and an inferred one", "keep case: where the text states it, case_inferred: where the editors infer it");
        if (informant is { Case: not null, CaseIsInferred: true } && string.IsNullOrWhiteSpace(informant.Evidence))
            diagnostics.Error(informant.LocationOf("case_inferred"), "I11", $"the inferred case of {informant.Name} needs its reasoning", "add evidence: quoting the passages the inference rests on");
    }

    // A quote may keep a case of its own against its speaker's inferred one where its own passage says so; the
    // note must say why.
    private static void CheckQuote(Quote quote, DiagnosticBag diagnostics)
    {
        var speaker = quote.Speaker;
        if (quote.CaseId is null || speaker.Case is null || quote.CaseId == speaker.Case.Id) return;
        if (!speaker.CaseIsInferred)
            diagnostics.Error(quote.LocationOf("case"), "Q12", $"the quote is placed in '{quote.CaseId}', but its speaker {speaker.Name} belongs to '{speaker.Case.Id}'");
        else if (string.IsNullOrWhiteSpace(quote.Note))
            diagnostics.Error(quote.LocationOf("case"), "Q15", $"the quote is placed in '{quote.CaseId}' against the inferred case '{speaker.Case.Id}' of {speaker.Name}, without a note", "add note: quoting the passage that places it");
    }
}
