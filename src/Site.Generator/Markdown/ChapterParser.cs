using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.Directives;
using Site.Generator.Markdown.References;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Markdown;

/// <summary>
/// Parses a chapter's Markdown and reads what it contains: its sections (headings with stable anchors), its
/// references to quotes, findings, concepts and works, and any construct the site does not allow (raw HTML,
/// unsafe links). Nothing is rendered here; <see cref="ChapterRenderer"/> does that once every id is known.
/// </summary>
/// <param name="images">Publishes an image of the text by its path as written (relative to the chapter's file), or reports it missing.</param>
public sealed partial class ChapterParser(CitationMatcher citations, DiagnosticBag diagnostics, Func<Chapter, string, SourceLocation, FigureImage?>? images = null)
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .Use(new DirectiveExtension())
        .UseGenericAttributes()
        .Build();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)+|\d+)\s+(?<title>\S.*)$")]
    private static partial Regex NumberedHeading();

    public sealed record Result(Chapter Chapter, MarkdownDocument Document, IReadOnlyList<Reference> References);

    public Result Parse(Chapter chapter)
    {
        var document = Markdig.Markdown.Parse(chapter.Body, Pipeline);
        var references = new List<Reference>();
        Section? current = null;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<Block>())
        {
            CheckAttributes(chapter, block, block.Line, block.Column);
            switch (block)
            {
                case HeadingBlock heading:
                    current = ReadHeading(chapter, heading, anchors);
                    break;
                case DirectiveBlock directive:
                    ReadBlockDirective(chapter, directive, current, references);
                    break;
                case HtmlBlock html:
                    diagnostics.Error(At(chapter, html.Line, html.Column), "MD010", "raw HTML is not allowed in the text",
                        "use Markdown, or a directive such as ::figure[id]");
                    break;
            }
            if (block is LeafBlock { Inline: { } inlines })
            {
                LinkCitations(inlines);
                ReadInlines(chapter, inlines, current, references);
            }
        }
        return new Result(chapter, document, references);
    }

    private Section ReadHeading(Chapter chapter, HeadingBlock heading, HashSet<string> anchors)
    {
        var title = InlineText(heading.Inline);
        var attributes = heading.GetAttributes();
        var match = NumberedHeading().Match(title);
        string? number = null;
        if (match.Success && match.Groups["number"].Value.Contains('.'))
        {
            number = match.Groups["number"].Value;
            title = match.Groups["title"].Value;
        }
        // An explicit {#anchor} wins; a numbered heading takes its number; anything else a slug of its title.
        var anchor = attributes.Id ?? (number is not null ? Slug.SectionAnchor(number) : Slug.From(title));
        if (attributes.Id is null && number is null)
            diagnostics.Warning(At(chapter, heading.Line, heading.Column), "MD020", $"the heading '{title}' has no number and no explicit anchor",
                $"add {{#{anchor}}} so that links to it keep working if the title changes");
        if (!anchors.Add(anchor))
            diagnostics.Error(At(chapter, heading.Line, heading.Column), "MD021", $"the anchor '#{anchor}' is used by two headings of this chapter");
        attributes.Id = anchor;
        var section = new Section { Chapter = chapter, Number = number, Title = title, Anchor = anchor, Level = heading.Level, Line = chapter.BodyLine + heading.Line };
        chapter.Sections.Add(section);
        heading.SetData(SectionKey, section);
        return section;
    }

    private void ReadBlockDirective(Chapter chapter, DirectiveBlock directive, Section? section, List<Reference> references)
    {
        var at = At(chapter, directive.Line, directive.Column);
        ReferenceKind? kind = directive.Name switch
        {
            "quote" => ReferenceKind.Quote,
            "quote-table" => ReferenceKind.Code,
            "figure" => ReferenceKind.Figure,
            "case-table" => null,
            "caption" => CheckCaption(),
            _ => Unknown(),
        };
        if (kind is { } k)
        {
            if (string.IsNullOrEmpty(directive.Argument))
                diagnostics.Error(at, "MD031", $"::{directive.Name} needs an id in brackets, e.g. ::{directive.Name}[id]");
            else
                references.Add(new Reference(k, directive.Argument, section, at) { });
        }
        if (directive.Name == "quote-table" && !string.IsNullOrEmpty(directive.Argument))
            references.Add(new Reference(ReferenceKind.Table, directive.Argument, section, at));

        ReferenceKind? CheckCaption()
        {
            if (string.IsNullOrWhiteSpace(directive.Argument))
                diagnostics.Error(at, "MD032", "::caption needs the caption text in brackets");
            var parent = directive.Parent;
            var index = parent?.IndexOf(directive) ?? -1;
            if (parent is null || index + 1 >= parent.Count || parent[index + 1] is not Markdig.Extensions.Tables.Table)
                diagnostics.Error(at, "MD033", "::caption must stand right before a table", "put the pipe table on the next lines");
            return null;
        }

        ReferenceKind? Unknown()
        {
            diagnostics.Error(at, "MD030", $"unknown directive '::{directive.Name}'",
                Suggest.DidYouMean(directive.Name, ["quote", "quote-table", "figure", "case-table", "caption"]) ?? "known: ::quote, ::quote-table, ::figure, ::case-table, ::caption");
            return null;
        }
    }

    private void ReadInlines(Chapter chapter, ContainerInline inlines, Section? section, List<Reference> references)
    {
        foreach (var inline in inlines.Descendants<Inline>())
        {
            CheckAttributes(chapter, inline, inline.Line, inline.Column);
            switch (inline)
            {
                case DirectiveInline directive:
                    references.Add(new Reference(ReferenceKind.Quote, directive.Argument, section, At(chapter, directive.Line, directive.Column)));
                    break;
                case LinkInline { IsImage: true } image when image.Url is { } src && images is not null && IsStudyFile(src):
                    if (images(chapter, Uri.UnescapeDataString(src), At(chapter, image.Line, image.Column)) is { } published)
                    {
                        image.Url = published.Url;
                        image.GetAttributes().AddProperty("width", published.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        image.GetAttributes().AddProperty("height", published.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                    break;
                case LinkInline link when link.Url is { } url:
                    var at = At(chapter, link.Line, link.Column);
                    if (ReferenceSchemes.TryParse(url, out var kind, out var id))
                        references.Add(new Reference(kind, id, section, at, IsCitation: link.GetData(CitationKey) is true));
                    else if (!ReferenceSchemes.IsSafeExternal(url))
                        diagnostics.Error(at, "MD011", $"the link '{Shorten(url)}' uses a scheme the site does not allow", "only http, https and relative links are allowed");
                    else if (link.IsImage && ReferenceSchemes.IsAbsolute(url))
                        diagnostics.Error(at, "MD013", $"the image '{Shorten(url)}' is on another site",
                            url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
                                ? "an http:// image on an https page is mixed content, and the Content-Security-Policy allows only the site's own images: add it as a figure (::figure[id])"
                                : "the Content-Security-Policy allows only the site's own images: add it as a figure (::figure[id])");
                    break;
                case AutolinkInline { IsEmail: false } autolink when !ReferenceSchemes.IsSafeExternal(autolink.Url):
                    diagnostics.Error(At(chapter, autolink.Line, autolink.Column), "MD011", $"the link '{Shorten(autolink.Url)}' uses a scheme the site does not allow",
                        "only http, https and relative links are allowed");
                    break;
                case HtmlInline html:
                    diagnostics.Error(At(chapter, html.Line, html.Column), "MD010", "raw HTML is not allowed in the text", "use Markdown instead");
                    break;
                case AutolinkInline { IsEmail: true } email:
                    diagnostics.Error(At(chapter, email.Line, email.Column), "PR001", "an e-mail address in the text", "remove it: the site publishes no personal contact details");
                    break;
            }
        }
    }

    /// <summary>A path into the study's folder: no scheme, not an address of the site, not a fragment.</summary>
    private static bool IsStudyFile(string url) => url.Length > 0 && url[0] is not ('/' or '#' or '?') && !url.Contains(':');

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>
    /// Markdown's generic attributes (<c>{#id .class key=value}</c>) would pass anything into the page, an event
    /// handler included. Allowed: an anchor on a heading, class names, and lang and dir, each of a safe form.
    /// </summary>
    private void CheckAttributes(Chapter chapter, Markdig.Syntax.MarkdownObject item, int line, int column)
    {
        var attributes = item.TryGetAttributes();
        if (attributes is null) return;
        var at = At(chapter, line, column);
        const string Allowed = "allowed: {#anchor} on a heading, {.class}, {lang=en} and {dir=ltr|rtl|auto}";
        if (attributes.Id is { } id)
        {
            if (item is not HeadingBlock)
                diagnostics.Error(at, "MD012", $"the id '{Shorten(id)}' is allowed only on a heading", Allowed);
            else if (!Slug.IsValid(id))
                diagnostics.Error(at, "MD012", $"the anchor '{Shorten(id)}' is not a valid anchor", "use lowercase letters, digits and single hyphens, e.g. {#metode-og-data}");
        }
        foreach (var name in attributes.Classes ?? [])
            if (!ClassName().IsMatch(name))
                diagnostics.Error(at, "MD012", $"the class '{Shorten(name)}' is not a valid class name", "use lowercase letters, digits and hyphens");
        foreach (var (key, value) in attributes.Properties ?? [])
        {
            var ok = key switch
            {
                "lang" => value is not null && LanguageTag().IsMatch(value),
                "dir" => value is "ltr" or "rtl" or "auto",
                _ => false,
            };
            if (!ok) diagnostics.Error(at, "MD012", $"the attribute '{Shorten(key)}' is not allowed in the text", Allowed);
        }
    }

    internal const string CitationKey = "citation";
    internal const string SectionKey = "section";

    /// <summary>Turns in-text citations into <c>work:</c>/<c>document:</c> links, leaving the words as they are.</summary>
    /// <remarks>
    /// The container's children are rebuilt in order (not patched in place): Markdig splits text at '&amp;', '('
    /// and the like, so each run of adjacent literals is joined and searched as one text.
    /// </remarks>
    private void LinkCitations(ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        var rebuilt = new List<Inline>();
        var changed = false;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child is LinkInline) { rebuilt.Add(child); continue; } // text the author linked already
            if (child is ContainerInline nested) { LinkCitations(nested); rebuilt.Add(child); continue; }
            if (child is not LiteralInline first) { rebuilt.Add(child); continue; }
            var run = new List<LiteralInline> { first };
            while (i + 1 < children.Count && children[i + 1] is LiteralInline next) { run.Add(next); i++; }
            var text = string.Concat(run.Select(l => l.Content.ToString()));
            var matches = citations.Matches(text).ToList();
            if (matches.Count == 0) { rebuilt.AddRange(run); continue; }
            changed = true;
            var position = 0;
            foreach (var match in matches)
            {
                if (match.Index > position) rebuilt.Add(new LiteralInline(text[position..match.Index]) { Line = first.Line, Column = first.Column });
                var scheme = match.Citable is Document ? "document" : "work";
                var link = new LinkInline($"{scheme}:{match.Citable.Id}", "") { Line = first.Line, Column = first.Column, IsClosed = true };
                link.SetData(CitationKey, true);
                link.AppendChild(new LiteralInline(match.Display ?? text.Substring(match.Index, match.Length)));
                rebuilt.Add(link);
                position = match.Index + match.Length;
            }
            if (position < text.Length) rebuilt.Add(new LiteralInline(text[position..]) { Line = first.Line, Column = first.Column });
        }
        if (!changed) return;
        foreach (var child in children) child.Remove();
        foreach (var child in rebuilt) container.AppendChild(child);
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            if (child is LiteralInline literal) builder.Append(literal.Content.ToString());
            else if (child is CodeInline code) builder.Append(code.Content);
        }
        return builder.ToString().Trim();
    }

    private static SourceLocation At(Chapter chapter, int line, int column) => new(chapter.SourcePath, chapter.BodyLine + line, column + 1);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
