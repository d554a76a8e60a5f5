namespace Site.Generator.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based, as editors count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 1, 1);

    /// <summary>The place of a character of a file's text, by its index.</summary>
    public static SourceLocation In(string file, string text, int index)
    {
        var line = 1;
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0 && i < index; i = text.IndexOf('\n', i + 1))
        {
            line++;
            start = i + 1;
        }
        return new(file, line, index - start + 1);
    }

    public override string ToString() => $"{File}:{Line}:{Column}";
}
