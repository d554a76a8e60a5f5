using System.Text.RegularExpressions;
using Site.Generator.Citations;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.References;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// Warnings for a bibliography that does not match the text: an entry no place cites (W: at the entry), and a
/// <c>[@key]</c> that names no entry (at the citation).
/// </summary>
public static class BibliographyCheck
{
    /// <param name="references">Every use of an id in the text: a work cited before the first numbered heading has no citing section, but is cited.</param>
    public static void Run(StudyModel model, IEnumerable<Reference> references, DiagnosticBag diagnostics)
    {
        var keys = model.Works.Where(w => w.CitationKey is not null).Select(w => w.CitationKey!).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0) return;
        var cited = references.Where(r => r.Kind == ReferenceKind.Work).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var work in model.Works.Where(w => w.CitationKey is not null && !cited.Contains(w.Id) && w.Concepts.Count == 0))
            diagnostics.Warning(work.Location, "RF001", $"the bibliography entry '{work.CitationKey}' is cited nowhere in the text",
                $"cite it as {work.CiteAs} ({work.Year}) or [@{work.CitationKey}], or remove it from the bibliography");
        foreach (var chapter in model.Chapters)
        {
            var lines = chapter.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in Bibliography.KeyCitation().Matches(lines[i]))
                    if (!keys.Contains(m.Groups["key"].Value))
                        diagnostics.Warning(new SourceLocation(chapter.SourcePath, chapter.BodyLine + i, m.Index + 1), "RF002",
                            $"the citation [@{m.Groups["key"].Value}] names no entry of the bibliography", Suggest.DidYouMean(m.Groups["key"].Value, keys));
        }
    }
}
