using System.Text;
using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// Quotes are research data: each must stand word for word in the source text (input/source/), after folding
/// what the PDF extraction changed: white space, line-break hyphens and lone page numbers.
/// </summary>
public static class SourceTextCheck
{
    public static void Run(StudyModel model, DiagnosticBag diagnostics)
    {
        if (model.SourceText is null) return;
        // Each source file on its own, so that no quote is found across the join of two interviews.
        var sources = (model.SourceTexts.Count > 0 ? model.SourceTexts : [model.SourceText]).Select(t => Fold(DropPageNumbers(t))).ToList();
        foreach (var quote in model.Quotes)
        {
            if (!sources.Any(s => s.Contains(Fold(quote.Text), StringComparison.Ordinal)))
                diagnostics.Error(quote.LocationOf("text"), "Q20", "the quote does not stand word for word in the source text",
                    "quotes are verbatim: copy the text from input/source/ exactly, typos included, and explain oddities in note:");
        }
        foreach (var finding in model.Findings)
        {
            if (!sources.Any(s => s.Contains(Fold(finding.Statement), StringComparison.Ordinal)))
                diagnostics.Warning(finding.LocationOf("statement"), "F20", "the finding's statement does not stand word for word in the source text");
        }
    }

    /// <summary>Lines holding nothing but a number are page numbers of the PDF.</summary>
    public static string DropPageNumbers(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !IsPageNumber(line)));

    private static bool IsPageNumber(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 3 && trimmed.All(char.IsAsciiDigit);
    }

    /// <summary>Keeps letters, digits and punctuation, drops white space and hyphens: "inter-\nview" and "interview" fold alike.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\u00AD')) builder.Append(c);
        return builder.ToString();
    }
}
