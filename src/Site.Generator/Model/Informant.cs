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
    [YamlKey("case_inferred"), Description("Case id the editors infer where the text leaves it implicit (instead of case); evidence gives the reasoning, quoting the passages")] public string? CaseInferredId { get; set; }
    [Description("Why the thesis places the speaker in the case, or why the editors infer it")] public string? Evidence { get; set; }

    public bool IsPseudonym => Kind == InformantKind.Pseudonym;

    // Relations, set when the study is linked.
    /// <summary>The stated case, or the inferred one (then <see cref="CaseIsInferred"/>).</summary>
    public Case? Case { get; internal set; }
    /// <summary>True when <see cref="Case"/> is the editors' inference from the text, not a case the text states.</summary>
    public bool CaseIsInferred { get; internal set; }
    public List<Quote> Quotes { get; } = new();
    /// <summary>Only pseudonyms have pages; an anonymous attribution is never a person one could follow.</summary>
    public string? Url { get; internal set; }
}
