namespace Site.Generator.Interchange;

/// <summary>
/// A REFI-QDA project (or a codebook alone) as read from a .qdpx, .qde or .qdc file: only what the study format can
/// use, plus what the import report must count. GUIDs are kept upper-case, as most tools write them.
/// </summary>
public sealed class QdaProject
{
    public required string Name { get; init; }
    public string? Origin { get; init; }
    public DateTimeOffset? Created { get; init; }
    /// <summary>True when the file was a .qdc codebook: no sources, cases or selections.</summary>
    public bool IsCodebookOnly { get; init; }
    public List<QdaCode> Codes { get; init; } = new();
    public List<QdaSet> Sets { get; init; } = new();
    public List<QdaVariable> Variables { get; init; } = new();
    public List<QdaCase> Cases { get; init; } = new();
    public List<QdaTextSource> TextSources { get; init; } = new();
    /// <summary>PDF, picture, audio and video sources: listed, not imported yet.</summary>
    public List<QdaOtherSource> OtherSources { get; init; } = new();
    public List<QdaNote> Notes { get; init; } = new();
    public int Users { get; init; }
    public int Links { get; init; }
    public int Graphs { get; init; }

    public IEnumerable<QdaCode> AllCodes => Codes.SelectMany(c => c.SelfAndDescendants);
}

/// <summary>Where an element stands in the XML file, for diagnostics.</summary>
public readonly record struct XmlAt(int Line, int Column);

public sealed class QdaCode
{
    public required string Guid { get; init; }
    public required string Name { get; init; }
    public bool IsCodable { get; init; } = true;
    /// <summary>#rrggbb (a #rgb colour is widened), or null.</summary>
    public string? Color { get; init; }
    public string? Description { get; init; }
    public List<string> NoteGuids { get; init; } = new();
    public List<QdaCode> Children { get; init; } = new();
    public XmlAt At { get; init; }

    public IEnumerable<QdaCode> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}

public sealed class QdaSet
{
    public required string Guid { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public List<string> MemberCodes { get; init; } = new();
    public List<string> MemberSources { get; init; } = new();
}

public sealed class QdaVariable
{
    public required string Guid { get; init; }
    public required string Name { get; init; }
    public string Type { get; init; } = "Text";
}

/// <summary>A variable's value on a case or a source, as text (booleans, numbers and dates as the XML wrote them).</summary>
public sealed record QdaValue(string VariableGuid, string Value);

public sealed class QdaCase
{
    public required string Guid { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public List<QdaValue> Values { get; init; } = new();
    public List<string> SourceGuids { get; init; } = new();
    public List<string> SelectionGuids { get; init; } = new();
    public XmlAt At { get; init; }
}

public sealed class QdaTextSource
{
    public required string Guid { get; init; }
    public required string Name { get; init; }
    /// <summary>The plain text, or null when it could not be had (the reason is a diagnostic).</summary>
    public string? Text { get; init; }
    public string? Description { get; init; }
    public List<QdaSelection> Selections { get; init; } = new();
    public List<string> NoteGuids { get; init; } = new();
    public List<QdaValue> Values { get; init; } = new();
    /// <summary>Codings of the whole source (not of a selection): counted, not imported.</summary>
    public int WholeSourceCodings { get; init; }
    public XmlAt At { get; init; }
}

public sealed class QdaSelection
{
    public required string Guid { get; init; }
    public string? Name { get; init; }
    /// <summary>Positions in Unicode code points, as the standard counts them; the end is exclusive.</summary>
    public int Start { get; init; }
    public int End { get; init; }
    public List<string> CodeGuids { get; init; } = new();
    public List<string> NoteGuids { get; init; } = new();
    public string? Description { get; init; }
    public XmlAt At { get; init; }
}

public sealed class QdaNote
{
    public required string Guid { get; init; }
    public string? Name { get; init; }
    public string Text { get; init; } = "";
}

public sealed record QdaOtherSource(string Guid, string Name, string Kind, int Selections);
