using System.Text.RegularExpressions;
using Site.Generator.Model;

namespace Site.Tests.Content;

/// <summary>
/// A table of representative quotes (tables 5–7) as the source has it. The PDF extraction interleaves the
/// columns, so the table is read as one folded text: the 2nd-order labels (the themes' titles in coding.yml)
/// split it into groups, and each «…» (Speaker) in a group is a quote under that label.
/// </summary>
public sealed partial class SourceTable
{
    public int Number { get; }
    public IReadOnlyList<SourceTableQuote> Quotes { get; }
    /// <summary>The themes whose label was found in the table, in the table's order.</summary>
    public IReadOnlyList<Code> Labels { get; }

    public SourceTable(ThesisSource source, int number, Code dimension, IEnumerable<Informant> speakers)
    {
        Number = number;
        var text = ThesisSource.Fold(ThesisSource.Join(source.Table(number)));
        var quotes = QuotationPattern(speakers).Matches(text).Cast<Match>().ToList();

        // A label counts only outside quotations: a quote may well use a theme's words.
        var labels = dimension.Codes
            .Select(theme => (Theme: theme, At: IndexOutside(text, ThesisSource.Fold(theme.Title), quotes)))
            .Where(l => l.At >= 0)
            .OrderBy(l => l.At)
            .ToList();
        Labels = labels.Select(l => l.Theme).ToList();
        Quotes = quotes.Select(q => new SourceTableQuote(
                q.Groups["text"].Value.Trim(),
                q.Groups["speaker"].Value,
                labels.LastOrDefault(l => l.At < q.Index).Theme))
            .ToList();
    }

    private static int IndexOutside(string text, string label, IReadOnlyList<Match> quotes)
    {
        for (var at = text.IndexOf(label, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.Ordinal))
            if (!quotes.Any(q => at >= q.Index && at < q.Index + q.Length)) return at;
        return -1;
    }

    /// <summary>
    /// «text» (Speaker), where Speaker is a name of informants.yml in either case («informant fra Bærum»). The
    /// closing » is optional because the thesis forgot it once; the text then runs to the attribution.
    /// </summary>
    private static Regex QuotationPattern(IEnumerable<Informant> speakers)
    {
        var names = string.Join("|", speakers.Select(s => s.Name).OrderByDescending(n => n.Length).Select(Regex.Escape));
        return new Regex($@"«(?<text>[^«]*?)»?\s*\((?<speaker>(?i:{names}))\)", RegexOptions.CultureInvariant);
    }
}

/// <summary>A quotation in a source table, with the 2nd-order label it stands under (null if above every label).</summary>
public sealed record SourceTableQuote(string Text, string Speaker, Code? Theme);
