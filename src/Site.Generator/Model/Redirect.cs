namespace Site.Generator.Model;

/// <summary>A retired page path and where it went, so that old links keep working.</summary>
public sealed class Redirect : Entity
{
    [Required] public string From { get; set; } = "";
    [Required] public string To { get; set; } = "";
}
