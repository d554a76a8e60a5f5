using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;

namespace Site.Generator.Build;

/// <summary>
/// The base URL is written into every canonical link, the sitemap and robots.txt; a line break or a quote in it
/// (from --base-url or Netlify's $URL) would add lines to robots.txt or break out of an attribute. So it must be a
/// plain http(s) address of safe characters.
/// </summary>
public static partial class BaseUrlCheck
{
    [GeneratedRegex(@"^https?://[A-Za-z0-9\-.]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9\-._~%/]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Safe();

    public static void Check(string baseUrl)
    {
        if (!Safe().IsMatch(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            throw new UsageException(
                $"--base-url '{baseUrl.Replace("\n", "\\n").Replace("\r", "\\r")}' is not a plain http(s) address: write it like https://example.org " +
                "(letters, digits, - . _ ~ % / only; no spaces, query, fragment or user name)");
    }
}
