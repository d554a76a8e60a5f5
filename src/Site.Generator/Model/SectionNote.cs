namespace Site.Generator.Model;

/// <summary>An editorial note on a section of the running text (chapter front matter <c>notes:</c>).</summary>
public sealed class SectionNote : Entity
{
    [Required, Description("The section the note is on, e.g. 3.4.1")] public string Section { get; set; } = "";
    [Required] public string Text { get; set; } = "";

    /// <summary>The section, set when the study is linked.</summary>
    public Section? SectionRef { get; internal set; }
}
