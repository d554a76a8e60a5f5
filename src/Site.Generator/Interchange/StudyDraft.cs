namespace Site.Generator.Interchange;

/// <summary>
/// The study an import makes, in the terms of our format (coding hierarchy, quotes, speakers, cases, source texts),
/// before it is written to files. Each item keeps the key it was found by (a REFI-QDA GUID, or a variable's value).
/// </summary>
public sealed class StudyDraft
{
    public required string Title { get; init; }
    public required string Language { get; init; }
    public string? Origin { get; init; }
    public int Year { get; init; }
    public List<LevelName> Levels { get; init; } = new();
    public List<DraftCode> Codes { get; init; } = new();
    public List<DraftSource> Sources { get; init; } = new();
    public List<DraftSpeaker> Speakers { get; init; } = new();
    public List<DraftCase> Cases { get; init; } = new();
    public List<DraftQuote> Quotes { get; init; } = new();
    public required IdMap Ids { get; init; }
    public required ImportReport Report { get; init; }

    public IEnumerable<DraftCode> AllCodes => Codes.SelectMany(c => c.SelfAndDescendants);
}

public sealed class DraftCode
{
    public required string Key { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Color { get; init; }
    public List<DraftCode> Children { get; init; } = new();

    public IEnumerable<DraftCode> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}

public sealed record DraftSource(string Key, string Id, string Name, string Text);

public sealed record DraftSpeaker(string Key, string Id, string Name, bool Anonymous, string? CaseId);

public sealed record DraftCase(string Key, string Id, string Name, string? Description);

public sealed record DraftQuote(string Key, string Id, string Text, IReadOnlyList<string> CodeIds, string SpeakerId, string? CaseId, string? Note, string SourceId);
