namespace Site.Generator.Model;

[Description("The Gioia coding hierarchy: aggregate dimensions (3rd order) and their themes (2nd order).")]
public sealed class CodingFile : Entity
{
    [Required] public List<Dimension> Dimensions { get; set; } = new();
}

/// <summary>An aggregate dimension (3rd-order code).</summary>
public sealed class Dimension : IdentifiedEntity
{
    [Required] public string Title { get; set; } = "";
    [Required] public string Section { get; set; } = "";
    [YamlKey("question")] public int? QuestionNumber { get; set; }
    [Description("Number of the table of representative quotes")] public int? Table { get; set; }
    public string? TableCaption { get; set; }
    [Required] public List<Theme> Themes { get; set; } = new();

    public ResearchQuestion? Question { get; internal set; }
    public Section? SectionRef { get; internal set; }
    public IEnumerable<Quote> Quotes => Themes.SelectMany(t => t.Quotes);
    public string Url { get; internal set; } = "";
}

/// <summary>A second-order theme.</summary>
public sealed class Theme : IdentifiedEntity
{
    [Required] public string Title { get; set; } = "";
    [Required] public string Section { get; set; } = "";

    /// <summary>Set when the hierarchy is linked.</summary>
    public Dimension Dimension { get; internal set; } = null!;
    public Section? SectionRef { get; internal set; }
    public List<Quote> Quotes { get; } = new();
    public List<Finding> Findings { get; } = new();
    public string Url { get; internal set; } = "";
}
