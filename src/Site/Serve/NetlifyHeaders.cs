using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace Site.Serve;

/// <summary>
/// The response headers Netlify sets for each path, read from the same files Netlify reads so the preview server
/// sends exactly what production sends: a CSP violation shows up locally, not first on the public site. The
/// project's netlify.toml has the security headers; the site's own <c>_headers</c>, written by the build, the cache
/// rules of the study's folders.
/// </summary>
public sealed class NetlifyHeaders
{
    private readonly List<(Regex Path, IReadOnlyDictionary<string, string> Values)> _rules = new();

    /// <summary>
    /// The project's netlify.toml: the first found in the study's folder or above it, else in the theme's or above
    /// (not the working directory's: `serve` may be started from anywhere). Null when there is none.
    /// </summary>
    public static string? Find(string inputDirectory, string themeDirectory)
    {
        foreach (var start in new[] { inputDirectory, themeDirectory })
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "netlify.toml");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>The <c>[[headers]]</c> of a netlify.toml; none when the file does not exist.</summary>
    public static NetlifyHeaders Load(string path)
    {
        var headers = new NetlifyHeaders();
        if (!File.Exists(path)) return headers;
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(path)) ?? new TomlTable();
        if (model.TryGetValue("headers", out var value) && value is TomlTableArray rules)
        {
            foreach (var rule in rules)
            {
                if (rule["for"] is not string pattern || rule["values"] is not TomlTable values) continue;
                var map = values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase);
                headers._rules.Add((Glob(pattern), map));
            }
        }
        return headers;
    }

    /// <summary>
    /// The rules of a <c>_headers</c> file: a path on a line of its own, then its headers indented as
    /// <c>Name: value</c>; lines starting with # are comments.
    /// </summary>
    public static NetlifyHeaders Parse(string text)
    {
        var headers = new NetlifyHeaders();
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            var content = line.TrimEnd('\r');
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(content[0]))
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                headers._rules.Add((Glob(content.Trim()), current));
            }
            else if (current is not null && content.IndexOf(':') is > 0 and var colon)
                current[content[..colon].Trim()] = content[(colon + 1)..].Trim();
        }
        return headers;
    }

    /// <summary>The headers for a request path; later rules win, as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _rules)
            if (pattern.IsMatch(path))
                foreach (var (key, value) in values) result[key] = value;
        return result;
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*") + "$", RegexOptions.CultureInvariant);
}
