using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Pipelines;

/// <summary>
/// What a line of Netlify's _redirects may say, checked before one is written: each field of redirects.yml becomes
/// one whitespace-separated token of a line, so a newline, a space, a wildcard (<c>*</c>), a placeholder
/// (<c>:splat</c>), a query or a status word in it would add rules the author never wrote: one field could send the
/// whole site to another domain. So both ends are site paths of safe characters only, and each old path is
/// redirected once.
/// </summary>
public static partial class RedirectRules
{
    // Segments of unreserved characters or %XX escapes; "." and ".." segments are refused separately.
    [GeneratedRegex(@"^/(?:(?:[A-Za-z0-9\-._~]|%[0-9A-Fa-f]{2})+/?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SitePath();

    [GeneratedRegex(@"^[A-Za-z0-9\-._~]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fragment();

    public static bool IsSitePath(string path) =>
        path.Length <= 2000 && SitePath().IsMatch(path) && !path.Split('/').Any(s => s is "." or "..");

    /// <summary>A site path with an optional #fragment of safe characters.</summary>
    public static bool IsTarget(string target)
    {
        var hash = target.IndexOf('#');
        return hash < 0 ? IsSitePath(target) : IsSitePath(target[..hash]) && Fragment().IsMatch(target[(hash + 1)..]);
    }

    /// <summary>Reports every redirect that may not be written; returns those that may (to be checked against the pages).</summary>
    public static IReadOnlyList<Redirect> Check(IEnumerable<Redirect> redirects, DiagnosticBag diagnostics)
    {
        var valid = new List<Redirect>();
        var seen = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var redirect in redirects)
        {
            var ok = true;
            if (!IsSitePath(redirect.From))
            {
                diagnostics.Error(redirect.LocationOf("from"), "R01", $"'{Shown(redirect.From)}' is not a site path",
                    "write it like /old/path/: letters, digits, - . _ ~ and %XX only, no spaces, wildcards (*), placeholders (:name) or query");
                ok = false;
            }
            else if (seen.TryGetValue(redirect.From, out var first))
            {
                diagnostics.Error(redirect.LocationOf("from"), "R05", $"{redirect.From} is redirected twice",
                    $"the first redirect from it is at {first.LocationOf("from")}; keep one");
                ok = false;
            }
            else seen.Add(redirect.From, redirect);
            if (!IsTarget(redirect.To))
            {
                diagnostics.Error(redirect.LocationOf("to"), "R04", $"'{Shown(redirect.To)}' is not a page of the site",
                    "write a site path like /new/path/ (optionally with #fragment): no spaces, line breaks, status codes or other sites");
                ok = false;
            }
            if (ok) valid.Add(redirect);
        }
        return valid;
    }

    /// <summary>The value as a diagnostic may show it: line breaks visible, and not too long.</summary>
    private static string Shown(string value)
    {
        var escaped = value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return escaped.Length > 120 ? escaped[..120] + "…" : escaped;
    }
}
