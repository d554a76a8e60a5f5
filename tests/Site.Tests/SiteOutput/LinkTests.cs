using AngleSharp.Dom;
using Site.Generator.Model;

namespace Site.Tests.SiteOutput;

/// <summary>
/// Every link of the built thesis leads somewhere: internal links resolve to a file of the output and their
/// #fragments to an id on the target page. And no link breaks the study's promise of anonymity.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LinkTests(BuiltSite site)
{
    private readonly OutputPages _pages = new(site.Output, BuiltSite.BaseUrl);

    [Fact]
    public void Every_internal_link_resolves_to_a_file_and_every_fragment_to_an_id_on_the_target_page()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in _pages.Files)
        {
            foreach (var (element, attribute, value) in OutputPages.Links(_pages.Document(file)))
            {
                if (value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) continue; // the CSP check reports these
                var target = _pages.Resolve(file, value);
                if (target is null) continue;
                checkedLinks++;
                var where = $"{file}: <{element.LocalName} {attribute}=\"{value}\">";
                if (!_pages.Exists(target))
                {
                    broken.Add($"{where} → no file {target.File}");
                    continue;
                }
                if (target.Fragment is null) continue;
                if (target.Fragment.Length == 0) broken.Add($"{where} → empty fragment");
                else if (!target.File.EndsWith(".html", StringComparison.Ordinal)) broken.Add($"{where} → a fragment on a file that is not a page");
                else if (!_pages.IdsOf(target.File).Contains(target.Fragment)) broken.Add($"{where} → no id \"{target.Fragment}\" on {target.File}");
            }
        }

        Assert.True(checkedLinks > 10_000, $"only {checkedLinks} internal links were found: the walk over the output is broken");
        Assert.True(broken.Count == 0, $"{broken.Count} broken link(s):\n" + string.Join("\n", broken.Take(60)));
    }

    [Fact]
    public void The_404_page_uses_only_root_relative_links_because_it_is_served_at_any_path()
    {
        var relative = OutputPages.Links(_pages.Document("404.html"))
            .Where(l => !l.Value.StartsWith('/') && !l.Value.StartsWith('#') && !Uri.TryCreate(l.Value, UriKind.Absolute, out _))
            .Select(l => $"<{l.Element.LocalName} {l.Attribute}=\"{l.Value}\">").ToList();

        Assert.True(relative.Count == 0, "relative links on 404.html break at deep paths:\n" + string.Join("\n", relative));
    }

    [Fact]
    public void No_page_links_to_an_anonymous_informant_and_no_anonymous_informant_has_a_page()
    {
        var anonymous = StudyData.ThesisModel.Informants.Where(i => i.Kind == InformantKind.Anonymous).Select(i => i.Id).ToList();
        Assert.NotEmpty(anonymous);

        var pages = anonymous.Where(id => Directory.Exists(Path.Combine(site.Output, "informanter", id))).ToList();
        Assert.True(pages.Count == 0, "anonymous informants with a page: " + string.Join(", ", pages));

        var links = new List<string>();
        foreach (var file in _pages.Files)
        {
            foreach (var (element, attribute, value) in OutputPages.Links(_pages.Document(file)))
            {
                var target = _pages.Resolve(file, value);
                if (target is not null && anonymous.Any(id => target.Path.StartsWith($"/informanter/{id}", StringComparison.Ordinal)))
                    links.Add($"{file}: <{element.LocalName} {attribute}=\"{value}\">");
            }
        }
        Assert.True(links.Count == 0, "links to anonymous informants:\n" + string.Join("\n", links.Take(40)));
    }

    [Fact]
    public void No_quote_of_an_anonymous_speaker_is_shown_with_a_link_to_a_pseudonym()
    {
        var model = StudyData.ThesisModel;
        var anonymousSpeakers = model.Informants.Where(i => i.Kind == InformantKind.Anonymous).Select(i => i.Id).ToHashSet();
        var anonymousQuotes = model.Quotes.Where(q => anonymousSpeakers.Contains(q.SpeakerId)).Select(q => $"/sitater/{q.Id}/").ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(anonymousQuotes);

        var problems = new List<string>();
        var componentsSeen = 0;
        foreach (var file in _pages.Files)
        {
            var document = _pages.Document(file);

            // A quote shown in a list item, table row or figure carries its speaker in the same element.
            foreach (var (element, _, value) in OutputPages.Links(document))
            {
                var target = _pages.Resolve(file, value);
                if (target is null || !anonymousQuotes.Contains(target.Path)) continue;
                var component = element.Closest("li, tr, figure");
                if (component is null) continue;
                componentsSeen++;
                foreach (var pseudonym in InformantLinks(file, component))
                    problems.Add($"{file}: the anonymous quote {target.Path} stands beside a link to {pseudonym}");
            }

            // An anonymous quote's own page, apart from the cards of other quotes it lists.
            var path = OutputPages.UrlOf(file);
            if (anonymousQuotes.Contains(path))
            {
                var main = (IElement)document.QuerySelector("main")!.Clone(deep: true);
                foreach (var item in main.QuerySelectorAll("li").Where(li => LinksToAnotherQuote(file, li, path)).ToList()) item.Remove();
                foreach (var pseudonym in InformantLinks(file, main))
                    problems.Add($"{file}: the page of an anonymous quote links to {pseudonym}");
            }

            // A pseudonym's page lists only the pseudonym's quotes.
            if (path.StartsWith("/informanter/", StringComparison.Ordinal) && path != "/informanter/")
            {
                foreach (var (_, _, value) in OutputPages.Links(document))
                {
                    var target = _pages.Resolve(file, value);
                    if (target is not null && anonymousQuotes.Contains(target.Path))
                        problems.Add($"{file}: the pseudonym's page links to the anonymous quote {target.Path}");
                }
            }
        }

        Assert.True(componentsSeen > 0, "no anonymous quote was found in a list, table or figure: the check looks at nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
    }

    private IEnumerable<string> InformantLinks(string file, IElement scope) =>
        scope.QuerySelectorAll("[href]")
            .Select(e => _pages.Resolve(file, e.GetAttribute("href")!))
            .Where(t => t is not null && t.Path.StartsWith("/informanter/", StringComparison.Ordinal) && t.Path != "/informanter/")
            .Select(t => t!.Path);

    private bool LinksToAnotherQuote(string file, IElement item, string quotePath) =>
        item.QuerySelectorAll("[href]").Select(e => _pages.Resolve(file, e.GetAttribute("href")!))
            .Any(t => t is not null && t.Path.StartsWith("/sitater/", StringComparison.Ordinal) && t.Path != "/sitater/" && t.Path != quotePath);
}
