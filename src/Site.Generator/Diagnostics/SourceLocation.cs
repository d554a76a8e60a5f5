namespace Site.Generator.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based, as editors count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
