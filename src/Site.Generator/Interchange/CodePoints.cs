namespace Site.Generator.Interchange;

/// <summary>
/// REFI-QDA counts positions in Unicode code points; C# strings count UTF-16 units, where a character outside the
/// Basic Multilingual Plane (an emoji, a rare CJK character) takes two. These convert between the two counts.
/// </summary>
public static class CodePoints
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>The UTF-16 index of code point <paramref name="position"/>, or -1 when the text is shorter.</summary>
    public static int ToIndex(string text, int position)
    {
        if (position < 0) return -1;
        var index = 0;
        for (var seen = 0; seen < position; seen++)
        {
            if (index >= text.Length) return -1;
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }
        return index;
    }

    /// <summary>The code-point position of a UTF-16 index.</summary>
    public static int FromIndex(string text, int index) => Count(text[..index]);

    /// <summary>The text between two code-point positions, or null when they are not inside the text.</summary>
    public static string? Slice(string text, int start, int end)
    {
        if (start < 0 || end < start) return null;
        var from = ToIndex(text, start);
        var to = ToIndex(text, end);
        return from < 0 || to < 0 ? null : text[from..to];
    }
}
