using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// One page opened in a fresh browser context at a width and colour scheme, checked by axe for WCAG 2.2 A/AA and
/// best practice, with every console and script error it caused (usually the Content-Security-Policy blocking something).
/// </summary>
public static class AxeCheck
{
    // "best-practice" holds heading-order, page-has-heading-one, landmark and region rules: WCAG tags alone let a skipped heading level through.
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <returns>What is wrong, one line (or block) per problem; empty when the page passes.</returns>
    public static async Task<List<string>> ProblemsAsync(IBrowser browser, string url, ColorScheme scheme, int width, bool expectNotFound = false)
    {
        var label = $"[{scheme.ToString().ToLowerInvariant()}, {width} px]";
        var problems = new List<string>();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // The 404 page is served with status 404, and Chromium logs that for the document itself.
            if (expectNotFound && message.Location.StartsWith(url, StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal)) return;
            lock (problems) problems.Add($"{label} console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (problems) problems.Add($"{label} script error: {error}"); };

        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.Equal(expectNotFound ? 404 : 200, response.Status);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(AxeTags), ResultTypes = [ResultType.Violations] });
        foreach (var violation in result.Violations)
        {
            var nodes = violation.Nodes.Take(5).Select(n => $"      {n.Target}: {Why(n)}");
            problems.Add($"{label} {violation.Id} ({violation.Impact}): {violation.Help} — {violation.Nodes.Length} element(s)\n{string.Join("\n", nodes)}");
        }
        return problems;
    }

    /// <summary>What axe found wrong with an element, in its own words (e.g. the measured contrast ratio).</summary>
    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct().Take(2));
}
