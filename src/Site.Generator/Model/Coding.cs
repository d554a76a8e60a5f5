namespace Site.Generator.Model;

[Description("The coding: the method, the names of its levels (top first), and the codes as a tree.")]
public sealed class CodingFile : Entity
{
    [Required] public CodingMethod Method { get; set; } = new();
    [Required, Description("The levels of the hierarchy, top first: one (a flat codebook) to four")] public List<CodingLevel> Levels { get; set; } = new();
    [Required, Description("The codes of the top level, each with the codes of the next level under codes:")] public List<Code> Codes { get; set; } = new();
}

public sealed class CodingMethod : Entity
{
    [Required, Description("e.g. Reflexive thematic analysis, Grounded theory, Framework analysis")] public string Name { get; set; } = "";
    [Description("How the data were coded, in a few sentences; shown on the coding page")] public string? Description { get; set; }
}

/// <summary>One level of the hierarchy, as the study's method names it: aggregate dimension, theme, code…</summary>
public sealed class CodingLevel : Entity, IStableKey
{
    string IStableKey.StableKey => "CodingLevel:" + Key;

    [Required, Description("A machine name for the level (a-z), used in the explorer's data and the CSV download, e.g. theme")] public string Key { get; set; } = "";
    [Required, Description("e.g. theme, aggregate dimension")] public string Singular { get; set; } = "";
    [Required, Description("e.g. themes, aggregate dimensions")] public string Plural { get; set; } = "";
    [Required, Description("The URL word of its codes' pages: themes gives /themes/{id}/")] public string Path { get; set; } = "";
    [Description("The explorer's address parameter for the level, e.g. theme in ?theme=…; the key when not given")] public string? Param { get; set; }
    [Description("The start of in-page anchors to its codes, e.g. theme gives #theme-{id}; the key when not given")] public string? Anchor { get; set; }

    /// <summary>0 for the top level.</summary>
    [Description("The heading of the level's column in tables of quotes, e.g. 2. ordens kode; the singular when not given")] public string? Column { get; set; }

    public int Depth { get; internal set; }
    /// <summary>The codes of this level, in the order of the coding file.</summary>
    public List<Code> Codes { get; } = new();
    public string ParamName => Param ?? Key;
    public string AnchorPrefix => Anchor ?? Key;
    public string ColumnHeading => Column ?? Singular;
}

/// <summary>A code at any level of the hierarchy: a theme, a dimension, a category.</summary>
public sealed class Code : IdentifiedEntity
{
    [Required] public string Title { get; set; } = "";
    [Description("The section of the text that presents it, e.g. 4.2.1")] public string? Section { get; set; }
    [YamlKey("question"), Description("The research question it answers")] public int? QuestionNumber { get; set; }
    [Description("Number of the table of representative quotes it has")] public int? Table { get; set; }
    public string? TableCaption { get; set; }
    [Description("What the code means: the codebook's definition")] public string? Description { get; set; }
    [Description("The colour the researcher gave it in the QDA tool, #rrggbb")] public string? Color { get; set; }
    [Description("The codes of the next level under this one")] public List<Code> Codes { get; set; } = new();

    // Relations, set when the study is linked.
    public CodingLevel Level { get; internal set; } = null!;
    public Code? Parent { get; internal set; }
    public Section? SectionRef { get; internal set; }
    /// <summary>Its own research question, or the nearest one of the codes above it.</summary>
    public ResearchQuestion? Question { get; internal set; }
    /// <summary>Quotes coded with this code itself.</summary>
    public List<Quote> Quotes { get; } = new();
    /// <summary>Quotes coded with this code or any code under it, each once, in the order of the data.</summary>
    public List<Quote> AllQuotes { get; } = new();
    public List<Finding> Findings { get; } = new();
    public string Url { get; internal set; } = "";

    /// <summary>The codes above it, top level first.</summary>
    public IEnumerable<Code> Ancestors => Parent is null ? [] : Parent.Ancestors.Append(Parent);
    public IEnumerable<Code> SelfAndAncestors() => Ancestors.Append(this);
    public IEnumerable<Code> SelfAndDescendants => Codes.SelectMany(c => c.SelfAndDescendants).Prepend(this);
    public bool IsLeaf => Codes.Count == 0;
}
