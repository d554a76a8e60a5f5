namespace Site.Generator.Model;

public enum FigureKind { Placeholder, LinearModel, ServiceModel, CodingStructure, FindingsModel }

public sealed class Figure : IdentifiedEntity
{
    [Required] public int Number { get; set; }
    [Required] public string Caption { get; set; } = "";
    public string? Source { get; set; }
    public string? Section { get; set; }
    /// <summary>«Figur 3», "Figure 3": in the site's language, set when the study is linked.</summary>
    public string Label { get; internal set; } = "";
    [Required, Description("How the site draws it: placeholder, linear-model, service-model, coding-structure, findings-model")] public FigureKind Kind { get; set; }
    public string? Description { get; set; }
    [Description("Stages of a process figure, as the text names them")] public List<string> Steps { get; set; } = new();
    [Description("True when the figure is redrawn from the text, not from the original")] public bool Reconstructed { get; set; }
    public string? Note { get; set; }
}
