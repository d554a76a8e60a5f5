namespace Site.Generator.Views;

public static class Text
{
    /// <summary>Cuts a text at a word boundary near the length, with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        if (cut < length / 2) cut = length;
        return text[..cut].TrimEnd(',', '.', ' ', ';', ':') + " …";
    }
}
