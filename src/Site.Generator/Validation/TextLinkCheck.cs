using Site.Generator.Diagnostics;
using Site.Generator.Linking;
using Site.Generator.Markdown.References;

namespace Site.Generator.Validation;

/// <summary>
/// The text links only to what has something to show: a code's table of representative quotes where it has one, and
/// never an anonymous attribution, which has no page so that it cannot be tied to a pseudonym.
/// </summary>
public static class TextLinkCheck
{
    public static void Run(IEnumerable<Reference> references, StudyLinker linker, DiagnosticBag diagnostics)
    {
        foreach (var reference in references)
        {
            if (reference.Kind == ReferenceKind.Table && linker.Codes.Find(reference.Id) is { Table: null } code)
                diagnostics.Error(reference.Location, "D10", $"the code '{code.Id}' has no table of representative quotes", "add table: N to it in coding.yml");
            else if (reference.Kind == ReferenceKind.Informant && linker.Informants.Find(reference.Id) is { IsPseudonym: false } anonymous)
                diagnostics.Error(reference.Location, "PR10", $"'{anonymous.Name}' is an anonymous attribution and has no page to link to",
                    "anonymous attributions are never linked, so that they cannot be tied to a pseudonym");
        }
    }
}
