namespace Site.Generator.Model;

/// <summary>A claim of the study with the evidence the text gives for it.</summary>
public sealed class Finding : IdentifiedEntity
{
    [Required, Description("Short heading in the study's words")] public string Title { get; set; } = "";
    [Required, Description("The passage that states it, verbatim")] public string Statement { get; set; } = "";
    [Required] public string Section { get; set; } = "";
    [YamlKey("question")] public int? QuestionNumber { get; set; }
    [YamlKey("codes"), Description("The codes it rests on, at any level")] public List<string> CodeIds { get; set; } = new();
    [YamlKey("cases")] public List<string> CaseIds { get; set; } = new();
    [YamlKey("concepts")] public List<string> ConceptIds { get; set; } = new();
    [YamlKey("quotes")] public List<string> QuoteIds { get; set; } = new();
    [YamlKey("documents")] public List<string> DocumentIds { get; set; } = new();
    public string? Note { get; set; }

    public int Order { get; internal set; }

    // Relations, set when the study is linked.
    public ResearchQuestion? Question { get; internal set; }
    public Section? SectionRef { get; internal set; }
    public List<Code> Codes { get; } = new();
    public List<Case> Cases { get; } = new();
    public List<Concept> Concepts { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public List<Document> Documents { get; } = new();
    public string Url { get; internal set; } = "";
}
