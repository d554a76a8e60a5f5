namespace Site.Generator.Model;

/// <summary>What the quoted sentence of a concept is: the text's definition, or a mention in passing.</summary>
public enum DefinitionKind { Definition, Mention }

public sealed class Concept : IdentifiedEntity
{
    [Required] public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    [Required, Description("The study's definition, verbatim")] public string Definition { get; set; } = "";
    [Description("The section where the study defines it")] public string? Section { get; set; }
    [YamlKey("definition_kind"), Description("definition (default), or mention: the text only names the concept in passing, and the quoted sentence is that mention")] public DefinitionKind DefinitionKind { get; set; }
    [YamlKey("works"), Description("Work ids cited in the definition")] public List<string> WorkIds { get; set; } = new();
    [YamlKey("related"), Description("Related concept ids")] public List<string> RelatedIds { get; set; } = new();
    public string? Note { get; set; }

    // Relations, set when the study is linked.
    public Section? SectionRef { get; internal set; }
    public List<Work> Works { get; } = new();
    public List<Concept> Related { get; } = new();
    /// <summary>Other concepts whose quoted sentence is this one's: one sentence defines (or names) them together.</summary>
    public List<Concept> SharingDefinition { get; } = new();
    public bool IsMention => DefinitionKind == DefinitionKind.Mention;
    /// <summary>Backlinks: what links to the concept.</summary>
    public List<Section> CitingSections { get; } = new();
    public List<Finding> Findings { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public string Url { get; internal set; } = "";
}
