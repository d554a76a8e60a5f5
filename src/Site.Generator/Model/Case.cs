namespace Site.Generator.Model;

[Description("The cases of the study (here: municipalities) and the table that compares them.")]
public sealed class CasesFile : Entity
{
    [Required] public List<Case> Cases { get; set; } = new();
    public ComparisonTable? Comparison { get; set; }
}

public sealed class Case : IdentifiedEntity
{
    [Required] public string Name { get; set; } = "";
    [Required] public string ShortName { get; set; } = "";
    public string? Description { get; set; }

    // Relations, set when the study is linked.
    public List<Quote> Quotes { get; } = new();
    public List<Finding> Findings { get; } = new();
    public List<Informant> Informants { get; } = new();
    public List<Document> Documents { get; } = new();
    public string Url { get; internal set; } = "";
}

public sealed class ComparisonTable : Entity
{
    [Required] public string Caption { get; set; } = "";
    [Description("Header of the first column")] public string? LabelHeader { get; set; }
    [YamlKey("sources"), Description("Work ids of the table's sources")] public List<string> SourceIds { get; set; } = new();
    [Required, YamlKey("columns"), Description("Case ids, in column order")] public List<string> ColumnIds { get; set; } = new();

    public List<Case> Columns { get; } = new();
    public List<Work> Sources { get; } = new();
    [Required] public List<ComparisonRow> Rows { get; set; } = new();
}

public sealed class ComparisonRow : Entity
{
    [Required] public string Label { get; set; } = "";
    [Required, Description("One value per case id")] public Dictionary<string, string> Values { get; set; } = new();
}
