using System.Text.RegularExpressions;

namespace Site.Tests.Support;

/// <summary>Where words of another interface stand in a built site: in its addresses and in its text files.</summary>
public static class SiteWords
{
    private static readonly string[] TextFiles = [".html", ".json", ".csv", ".txt", ".xml", ""];

    /// <param name="more">Further findings in a text file's content (e.g. another language's quotation marks).</param>
    public static List<string> Find(string output, Regex words, Func<string, string?>? more = null)
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
            foreach (Match m in words.Matches(relative)) found.Add($"{relative}: address word '{m.Value}'");
            if (!TextFiles.Contains(Path.GetExtension(file))) continue;
            var text = File.ReadAllText(file);
            foreach (Match m in words.Matches(text)) found.Add($"{relative}: '{m.Value}' in …{Around(text, m.Index)}…");
            if (more?.Invoke(text) is { } problem) found.Add($"{relative}: {problem}");
        }
        return found.Distinct().ToList();
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 40), Math.Min(80, text.Length - Math.Max(0, index - 40))).ReplaceLineEndings(" ");
}
