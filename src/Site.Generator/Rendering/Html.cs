namespace Site.Generator.Rendering;

/// <summary>
/// HTML the generator made itself (rendered Markdown, a rendered partial). Templates write it as it is;
/// every other value is escaped on output (<see cref="EscapingTemplateContext"/>).
/// </summary>
public sealed record Html(string Value)
{
    public static readonly Html Empty = new("");

    public override string ToString() => Value;
}
