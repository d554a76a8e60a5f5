namespace Site.Generator.Model;

/// <summary>Something cited in the text, known by its in-text form (author part and year).</summary>
public interface ICitable
{
    string Id { get; }
    string CiteAs { get; }
    string Year { get; }
    List<string> Aliases { get; }
}

public sealed class Work : IdentifiedEntity, ICitable
{
    [Required, Description("The author part as the text writes it, e.g. 'Aasen & Amundsen'")] public string CiteAs { get; set; } = "";
    [Required, Description("As printed, e.g. 2022A")] public string Year { get; set; } = "";
    [Description("Other spellings of cite_as in the text")] public List<string> Aliases { get; set; } = new();
    public string? Note { get; set; }

    public string Label => $"{CiteAs} ({Year})";

    /// <summary>An entry of the study's bibliography file (references.bib/.json): its key there, e.g. braun2006; else null.</summary>
    public string? CitationKey { get; internal set; }
    /// <summary>The reference as the study's first citation style renders it (HTML from citeproc-js), for a bibliography entry.</summary>
    public string? ReferenceHtml { get; internal set; }
    /// <summary>The in-text form the style gives it, e.g. «(Braun &amp; Clarke, 2006)»: what <c>[@key]</c> shows.</summary>
    public string? InText { get; internal set; }

    public List<Section> CitingSections { get; } = new();
    public List<Concept> Concepts { get; } = new();
    public string Url { get; internal set; } = "";
}

/// <summary>A document of the document studies.</summary>
public sealed class Document : IdentifiedEntity, ICitable
{
    [Required] public string CiteAs { get; set; } = "";
    [Required] public string Year { get; set; } = "";
    [YamlKey("case"), Description("Case id")] public string? CaseId { get; set; }
    public string? Description { get; set; }
    public List<string> Aliases { get; set; } = new();
    public string? Note { get; set; }

    public string Label => $"{CiteAs} ({Year})";

    public Case? Case { get; internal set; }
    public List<Section> CitingSections { get; } = new();
    public List<Finding> Findings { get; } = new();
    public string Url { get; internal set; } = "";
}
