namespace Site.Synthetic;

/// <summary>A synthetic study as drawn, before it is written as YAML and Markdown. Sections are numbers ("5.2.3").</summary>
public sealed class SyntheticStudy
{
    public required StudyShape Shape { get; init; }
    public List<SynthCase> Cases { get; } = new();
    public List<SynthInformant> Informants { get; } = new();
    public List<SynthQuestion> Questions { get; } = new();
    public List<SynthDimension> Dimensions { get; } = new();
    public List<SynthWork> Works { get; } = new();
    public List<SynthWork> Documents { get; } = new();
    public List<SynthConcept> Concepts { get; } = new();
    /// <summary>In order of first appearance in the chapters.</summary>
    public List<SynthQuote> Quotes { get; } = new();
    public List<SynthFinding> Findings { get; } = new();
    /// <summary>Sections of the theory chapter, each with the concepts it defines.</summary>
    public List<(string Number, string Title, List<SynthConcept> Concepts)> TheorySections { get; } = new();

    public IEnumerable<SynthTheme> Themes => Dimensions.SelectMany(d => d.Themes);
    public int DiscussionChapter => 4 + Dimensions.Count;
    public int ConclusionChapter => 5 + Dimensions.Count;
}

public sealed record SynthCase(string Id, string Name, string ShortName, int Population, int Founded);

public sealed record SynthInformant(string Id, string Name, bool Pseudonym, string? CaseId);

public sealed record SynthQuestion(int Number, string Text, string Rationale);

public sealed class SynthDimension
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required int Chapter { get; init; }
    public required int Question { get; init; }
    public required int Table { get; init; }
    public List<SynthTheme> Themes { get; } = new();
    public string TableSection => $"{Chapter}.{Themes.Count + 1}";
}

public sealed class SynthTheme
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required SynthDimension Dimension { get; init; }
    public required string Section { get; init; }
    /// <summary>Subsections in order, each with its quotes in order.</summary>
    public List<SynthSubsection> Subsections { get; } = new();
}

public sealed record SynthSubsection(string Number, string Title, List<SynthQuote> Quotes);

public sealed class SynthQuote
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required SynthInformant Speaker { get; init; }
    public required SynthTheme Theme { get; init; }
    public int? Table { get; set; }
    public string? CaseId { get; init; }
    /// <summary>True when the text quotes it in running prose (<c>:quote</c>), false for a block (<c>::quote</c>).</summary>
    public bool Inline { get; init; }
}

/// <summary>A work or a document: the in-text form and the year.</summary>
public sealed record SynthWork(string Id, string CiteAs, string Year, string? CaseId = null)
{
    public string Parenthetical => $"({CiteAs}, {Year})";
}

public sealed class SynthConcept
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required string Definition { get; init; }
    public required string Section { get; init; }
    public required List<SynthWork> Works { get; init; }
    public List<SynthConcept> Related { get; } = new();
}

public sealed class SynthFinding
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Statement { get; init; }
    public required string Section { get; init; }
    public required int Question { get; init; }
    public required List<SynthTheme> Themes { get; init; }
    public required List<string> CaseIds { get; init; }
    public required List<SynthConcept> Concepts { get; init; }
    public required List<SynthQuote> Quotes { get; init; }
    public required List<SynthWork> Documents { get; init; }
}
