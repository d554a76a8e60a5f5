namespace Site.Generator.Validation;

/// <summary>
/// The published copy of a text that may hold contact details (the thesis's source text, whose appendices give the
/// authors' phone numbers and e-mail addresses): every detail the privacy patterns find is cut out, and the
/// place says so. The chapters redact the same details by hand (the input check makes them); this redacts what
/// the same patterns find in the source, so the two agree.
/// </summary>
public static class ContactRedaction
{
    /// <summary>
    /// A piece of the text: as written, or a removed detail, whose text is then only the line breaks it spanned
    /// (a hard-wrapped phone number), so the published text keeps the source's line numbers.
    /// </summary>
    public sealed record Segment(string Text, bool Redacted);

    public static IReadOnlyList<Segment> Redact(string text, ContactPatterns patterns)
    {
        var segments = new List<Segment>();
        var at = 0;
        foreach (var match in patterns.Find(text))
        {
            if (match.Index > at) segments.Add(new Segment(text[at..match.Index], false));
            segments.Add(new Segment(string.Concat(text.AsSpan(match.Index, match.Length).ToString().Where(c => c == '\n')), true));
            at = match.Index + match.Length;
        }
        if (at < text.Length) segments.Add(new Segment(text[at..], false));
        return segments;
    }

    /// <summary>The redacted text as plain text, each removed detail replaced by <c>[note]</c>.</summary>
    public static string AsText(IEnumerable<Segment> segments, string note) =>
        string.Concat(segments.Select(s => s.Redacted ? $"[{note}]{s.Text}" : s.Text));
}
