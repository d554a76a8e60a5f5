using System.Text.RegularExpressions;
using Site.Tests.SiteOutput;

namespace Site.Tests.AnyStudy;

/// <summary>
/// Nothing about one study belongs in the generator: its names (cases, authors, institution, title) and the words of
/// its language's interface live in the study and the theme, never in src/.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class SourceHoldsNoStudyTests
{
    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    /// <summary>The thesis's own names, read from its input: its cases, authors, supervisor, institution and title.</summary>
    private static IEnumerable<string> ThesisNames()
    {
        var model = StudyData.ThesisModel;
        return model.Cases.SelectMany(c => new[] { c.Name, c.ShortName })
            .Concat(model.Study.Authors.Append(model.Study.Supervisor!).Select(p => p.Family))
            .Append(model.Study.Institution).Append(model.Study.Title)
            .Distinct();
    }

    [Fact]
    public void No_source_file_names_the_thesis_its_cases_or_its_people()
    {
        var found = SourceFiles().SelectMany(file => ThesisNames()
                .Where(name => File.ReadAllText(file).Contains(name, StringComparison.OrdinalIgnoreCase))
                .Select(name => $"{Path.GetRelativePath(Repository.Root, file)}: {name}"))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Words of the Norwegian interface (bokmål, then nynorsk); in a string of C# they would reach every study's pages.</summary>
    private static readonly string[] InterfaceWords =
    [
        "sitat", "sitater", "funn", "kapittel", "vedlegg", "figur", "tabell", "begrep", "tema", "temaer", "kommune", "kommuner", "og",
        "ikke", "uten", "forside", "kilde", "kilder", "dokument", "lenke", "koding", "siden", "masteroppgave", "avhandling",
        "ikkje", "utan", "framside", "kjelde", "kjelder", "omgrep", "kommunar", "informantar", "sida", "oppgåva", "avhandlinga",
    ];

    private static readonly Regex StringLiteral = new(@"""(?:[^""\\\n]|\\.)*""");
    private static readonly Regex Word = new(@"(?<![\p{L}\p{N}_/:.-])(" + string.Join('|', InterfaceWords) + @")(?![\p{L}\p{N}_/-]|:\p{L})", RegexOptions.IgnoreCase);

    [Fact]
    public void No_string_in_the_source_is_a_norwegian_interface_word()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match literal in StringLiteral.Matches(lines[i]))
                foreach (Match word in Word.Matches(literal.Value))
                    found.Add($"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}: '{word.Value}' in {literal.Value}");
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Norwegian words with no English namesake: not even a comment's example should be one study's.</summary>
    private static readonly Regex NorwegianAnywhere = new(
        @"(?<![\p{L}\p{N}_])(sitat|sitater|kapittel|kapitler|begreper|temaer|utforsk|kommune|kommuner|sammendrag|masteroppgave|avhandling|" +
        @"dimensjon|dimensjoner|aggregert|matrise|kilder|dokumenter|tekster|ordregister|sitering|merknader|kildetekst|lenke|figur|tabell|koding|" +
        @"omgrep|kjelder|kjeldetekst|informantar|kommunar|samanlikning|tekstar|figurar|ikkje)(?![\p{L}\p{N}_])",
        RegexOptions.IgnoreCase);

    [Fact]
    public void No_line_of_the_source_comments_included_uses_a_norwegian_word()
    {
        var found = SourceFiles().SelectMany(file => File.ReadAllLines(file)
                .Select((line, i) => (Line: i + 1, Match: NorwegianAnywhere.Match(line)))
                .Where(l => l.Match.Success)
                .Select(l => $"{Path.GetRelativePath(Repository.Root, file)}:{l.Line}: '{l.Match.Value}'"))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
