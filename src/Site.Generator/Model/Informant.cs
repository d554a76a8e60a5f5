namespace Site.Generator.Model;

public enum InformantKind { Pseudonym, Anonymous }

/// <summary>
/// A speaker. Pseudonyms and anonymous attributions ("a teacher at one school") are separate speakers:
/// the study promised anonymity, so an anonymous quote is never tied to a pseudonym.
/// </summary>
public sealed class Informant : IdentifiedEntity
{
    [Required, Description("The pseudonym or the attribution exactly as printed")] public string Name { get; set; } = "";
    [Required] public InformantKind Kind { get; set; }
    [YamlKey("case"), Description("Case id")] public string? CaseId { get; set; }
    public string? Role { get; set; }
    [Description("Why the text places the speaker in the case")] public string? Evidence { get; set; }

    public bool IsPseudonym => Kind == InformantKind.Pseudonym;

    // Relations, set when the study is linked.
    public Case? Case { get; internal set; }
    public List<Quote> Quotes { get; } = new();
    /// <summary>Only pseudonyms have pages; an anonymous attribution is never a person one could follow.</summary>
    public string? Url { get; internal set; }
}
