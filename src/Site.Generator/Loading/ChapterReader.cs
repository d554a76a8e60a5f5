using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Loading;

/// <summary>Reads a Markdown chapter: YAML front matter between '---' lines, then the body.</summary>
public static class ChapterReader
{
    public static Chapter? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = TextFile.Read(path, displayPath, diagnostics);
        if (text is null) return null;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(SourceLocation.FileOnly(displayPath), "MD001", "a chapter starts with front matter between '---' lines",
                "start the file with:\n---\nkind: chapter\nnumber: 1\ntitle: …\n---");
            return null;
        }
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal)) end = text.Length - 4;
        if (end < 0)
        {
            diagnostics.Error(SourceLocation.FileOnly(displayPath), "MD002", "the front matter is not closed by a '---' line");
            return null;
        }
        var frontMatter = text[4..(end + 1)];
        var chapter = new YamlBinder(diagnostics, displayPath, lineOffset: 1).Load<Chapter>(frontMatter);
        if (chapter is null) return null;
        var bodyStart = Math.Min(text.Length, end + 5);
        chapter.Body = text[bodyStart..];
        chapter.BodyLine = 1 + text[..bodyStart].Count(c => c == '\n');
        chapter.SourcePath = displayPath;
        var lines = chapter.Body.AsSpan().IndexOfAnyInRange('\u202A', '\u2069') < 0 ? [] : chapter.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (BidiControls.Problem(lines[i]) is { } bidi)
                diagnostics.Error(new SourceLocation(displayPath, chapter.BodyLine + i, 1), "MD014", bidi, BidiControls.Hint);
        return chapter;
    }
}
