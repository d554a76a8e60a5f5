namespace Site.Generator.Model;

/// <summary>
/// A figure of the study: an image from the study's folder, or one the theme draws from the study's data
/// (<c>theme/partials/figures/{kind}</c>: the coding structure, a process with its steps…).
/// </summary>
public sealed class Figure : IdentifiedEntity
{
    public const string ImageKind = "image";

    [Required] public int Number { get; set; }
    [Required] public string Caption { get; set; } = "";
    public string? Source { get; set; }
    public string? Section { get; set; }
    [Required, Description("image, or the name of a figure the theme draws (theme/partials/figures/), e.g. coding-structure")] public string Kind { get; set; } = "";
    [YamlKey("src"), Description("An image figure's file in the study's folder (SVG, PNG, JPEG, WebP), e.g. figures/map.png")] public string? ImagePath { get; set; }
    [Description("What an image figure shows, for readers who cannot see it; required for an image")] public string? Alt { get; set; }
    public string? Description { get; set; }
    [Description("Stages of a process figure, as the text names them")] public List<string> Steps { get; set; } = new();
    [Description("True when the figure is redrawn from the text, not from the original")] public bool Reconstructed { get; set; }
    public string? Note { get; set; }

    /// <summary>"Figure 3": in the site's language, set when the study is linked.</summary>
    public string Label { get; internal set; } = "";
    /// <summary>An image figure's file as the site publishes it (content-hashed), with its size in pixels.</summary>
    public FigureImage? Image { get; internal set; }
}

public sealed record FigureImage(string Url, int Width, int Height, byte[] Bytes, string Destination);
