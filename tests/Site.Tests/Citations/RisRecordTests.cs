using System.Text.RegularExpressions;
using Site.Generator.Citations;
using Site.Generator.Model;

namespace Site.Tests.Citations;

/// <summary>
/// Issue 4: RIS as its specification writes it: «TY  - » first, «ER  - » last, every line a two-character tag in
/// the first column, two spaces, a dash and a space, and every line ended by CR LF, also as copied from the page.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class RisRecordTests(BuiltSite site)
{
    [GeneratedRegex("^[A-Z][A-Z0-9]  - ")]
    private static partial Regex TagLine();

    [Fact]
    public void EveryDownloadedRisLineStartsWithATagAndEndsWithCrLf()
    {
        var problems = CitingPage.QuotePages(site).SelectMany(page => Problems(page.Path, page.DownloadedRis)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void RisCopiedFromThePageKeepsEveryTagInTheFirstColumn()
    {
        var problems = new List<string>();
        foreach (var page in CitingPage.QuotePages(site))
        {
            var lines = page.CopiedRis.Split('\n');
            problems.AddRange(lines.Where(line => !TagLine().IsMatch(line + " ")).Select(line => $"{page.Path}: copied line «{line}» does not start with a tag"));
            if (lines[0] != "TY  - THES") problems.Add($"{page.Path}: copied RIS starts with «{lines[0]}»");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void LineBreaksInsideAValueDoNotStartANewLine()
    {
        var citation = Samples.Citation("k", [new Person { Family = "Lie", Given = "Ola" }], 2024, "Tittel", "https://example.org/", "første linje\r\nandre\nTY  - JOUR", Samples.Thesis(institution: "Nord universitet"));
        var ris = CitationFormats.Ris(citation);
        Assert.Empty(Problems("constructed", ris));
        Assert.Contains("N1  - første linje andre TY  - JOUR\r\n", ris);
    }

    private static IEnumerable<string> Problems(string where, string ris)
    {
        if (!ris.EndsWith("\r\n", StringComparison.Ordinal)) yield return $"{where}: the last line has no CR LF";
        if (Regex.IsMatch(ris, "\r(?!\n)|(?<!\r)\n")) yield return $"{where}: a line ends without CR LF";
        var lines = ris.Split("\r\n")[..^1];
        if (lines.Length == 0 || lines[0] != "TY  - THES") yield return $"{where}: does not start with «TY  - THES»";
        if (lines.Length == 0 || lines[^1] != "ER  - ") yield return $"{where}: does not end with «ER  - »";
        foreach (var line in lines.Where(l => !TagLine().IsMatch(l))) yield return $"{where}: «{line}» is not a tag line";
    }
}
