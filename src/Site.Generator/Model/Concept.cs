namespace Site.Generator.Model;

public sealed class Concept : IdentifiedEntity
{
    [Required] public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    [Required, Description("The study's definition, verbatim")] public string Definition { get; set; } = "";
    [Description("The section where the study defines it")] public string? Section { get; set; }
    [YamlKey("works"), Description("Work ids cited in the definition")] public List<string> WorkIds { get; set; } = new();
    [YamlKey("related"), Description("Related concept ids")] public List<string> RelatedIds { get; set; } = new();
    public string? Note { get; set; }

    // Relations, set when the study is linked.
    public Section? SectionRef { get; internal set; }
    public List<Work> Works { get; } = new();
    public List<Concept> Related { get; } = new();
    /// <summary>Backlinks: what links to the concept.</summary>
    public List<Section> CitingSections { get; } = new();
    public List<Finding> Findings { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public string Url { get; internal set; } = "";
}
