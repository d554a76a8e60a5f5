using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Markdown;

/// <summary>
/// A heading's anchor becomes an id on the chapter's page, beside the ids the layout writes (<c>main</c>, the skip
/// link's target; <c>quotes</c>…). Two elements with one id break the skip link and every link to the anchor, so a
/// heading may not take an id the layout uses.
/// </summary>
public static class LayoutIdCheck
{
    public static void Run(IEnumerable<Chapter> chapters, IReadOnlySet<string> layoutIds, DiagnosticBag diagnostics)
    {
        foreach (var chapter in chapters)
            foreach (var section in chapter.Sections)
                if (layoutIds.Contains(section.Anchor))
                    diagnostics.Error(new SourceLocation(chapter.SourcePath, section.Line, 1), "MD022",
                        $"the anchor '#{section.Anchor}' is an id the page layout uses", $"give the heading an anchor of its own, e.g. {{#{section.Anchor}-del}}");
    }
}
