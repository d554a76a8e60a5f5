namespace Site.Generator.Loading;

/// <summary>
/// Unicode's explicit direction controls in a text of the study. A study in Arabic or Hebrew may need embeddings
/// and isolates (U+202A, U+202B, U+2066–U+2068) to set a Latin name inside its text, each closed again (U+202C,
/// U+2069) in the same field. An override (U+202D, U+202E) shows letters in the reverse of their order, so a name
/// could read as another one; and a control left open would turn the page's text around it too. Both are refused.
/// </summary>
public static class BidiControls
{
    public const string Hint = "close every embedding (U+202A, U+202B) with U+202C and every isolate (U+2066–U+2068) with U+2069 in the same text; overrides (U+202D, U+202E) are not allowed";

    /// <summary>What is wrong with the text's direction controls, or null when nothing is.</summary>
    public static string? Problem(string text)
    {
        int embeddings = 0, isolates = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202D' or '\u202E':
                    return $"the text holds the direction override U+{(int)c:X4}, which shows letters in reverse order";
                case '\u202A' or '\u202B': embeddings++; break;
                case '\u202C':
                    if (embeddings == 0) return "the text closes a direction embedding (U+202C) that it did not open";
                    embeddings--; break;
                case '\u2066' or '\u2067' or '\u2068': isolates++; break;
                case '\u2069':
                    if (isolates == 0) return "the text closes a direction isolate (U+2069) that it did not open";
                    isolates--; break;
                case '\n' when embeddings + isolates > 0:
                    return "a direction control is still open at the end of a line";
            }
        }
        return embeddings + isolates > 0 ? "the text leaves a direction control open, which would turn the text after it around too" : null;
    }
}
