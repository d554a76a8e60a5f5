using System.Globalization;
using System.Xml.Linq;
using Site.Generator.Diagnostics;

namespace Site.Generator.Interchange;

/// <summary>
/// Turns the XML of a REFI-QDA project (<c>Project</c>) or codebook (<c>CodeBook</c>) into a <see cref="QdaProject"/>.
/// Elements are matched by local name, since tools disagree on the namespace's spelling (<c>codebook:1.0</c>,
/// <c>codebook:1:0</c>, <c>codebook:0:4</c>). Every reference to a GUID is checked; a selection must lie inside its source.
/// </summary>
public sealed class QdeParser(string display, Func<string, (string Display, byte[] Bytes)?> resolveInternal, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _guids = new(StringComparer.Ordinal);

    public QdaProject? Parse(XDocument document)
    {
        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "Project" => ParseProject(root),
            "CodeBook" => new QdaProject
            {
                Name = Attr(root, "name") ?? "Codebook",
                Origin = Attr(root, "origin"),
                IsCodebookOnly = true,
                Codes = CheckedCodes(root),
                Sets = Sets(root),
            },
            _ => Refuse(root),
        };
    }

    private QdaProject? Refuse(XElement root)
    {
        diagnostics.Error(Loc(root), "QDA013", $"the root element is <{root.Name.LocalName}>, not a REFI-QDA <Project> or <CodeBook>");
        return null;
    }

    private QdaProject ParseProject(XElement root)
    {
        var codes = CheckedCodes(root.Element(root.Name.Namespace + "CodeBook") ?? new XElement("none"));
        var notes = Children(root, "Notes", "Note").Select(Note).OfType<QdaNote>().ToList();
        var variables = Children(root, "Variables", "Variable").Select(Variable).OfType<QdaVariable>().ToList();
        var sourcesElement = Child(root, "Sources");
        var textSources = new List<QdaTextSource>();
        var others = new List<QdaOtherSource>();
        foreach (var element in sourcesElement?.Elements() ?? [])
        {
            if (element.Name.LocalName == "TextSource") { if (TextSource(element) is { } source) textSources.Add(source); }
            else if (Guid(element) is { } guid)
                others.Add(new QdaOtherSource(guid, Attr(element, "name") ?? "", element.Name.LocalName.Replace("Source", "", StringComparison.Ordinal),
                    element.Descendants().Count(d => d.Name.LocalName.EndsWith("Selection", StringComparison.Ordinal))));
        }
        var cases = Children(root, "Cases", "Case").Select(Case).OfType<QdaCase>().ToList();
        var project = new QdaProject
        {
            Name = Attr(root, "name") ?? "Project",
            Origin = Attr(root, "origin"),
            Created = DateTimeOffset.TryParse(Attr(root, "creationDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created) ? created : null,
            Codes = codes,
            Sets = Sets(root),
            Variables = variables,
            Cases = cases,
            TextSources = textSources,
            OtherSources = others,
            Notes = notes,
            Users = Children(root, "Users", "User").Count(),
            Links = Children(root, "Links", "Link").Count(),
            Graphs = Children(root, "Graphs", "Graph").Count(),
        };
        CheckReferences(root, project);
        return project;
    }

    private List<QdaCode> CheckedCodes(XElement codebook) =>
        Children(codebook, "Codes", "Code").Select(Code).OfType<QdaCode>().ToList();

    private QdaCode? Code(XElement element)
    {
        var guid = Guid(element);
        var name = Required(element, "name");
        if (guid is null || name is null) return null;
        return new QdaCode
        {
            Guid = guid,
            Name = name,
            IsCodable = !string.Equals(Attr(element, "isCodable"), "false", StringComparison.OrdinalIgnoreCase),
            Color = Color(element),
            Description = Text(Child(element, "Description")),
            NoteGuids = Refs(element, "NoteRef"),
            Children = element.Elements().Where(e => e.Name.LocalName == "Code").Select(Code).OfType<QdaCode>().ToList(),
            At = SecureXml.At(element),
        };
    }

    private List<QdaSet> Sets(XElement parent) => Children(parent, "Sets", "Set").Select(set => Guid(set) is { } guid
        ? new QdaSet
        {
            Guid = guid,
            Name = Attr(set, "name") ?? "",
            Description = Text(Child(set, "Description")),
            // A project's set names members by targetGUID, a codebook's by guid.
            MemberCodes = set.Elements().Where(e => e.Name.LocalName == "MemberCode").Select(e => Normal(Attr(e, "targetGUID") ?? Attr(e, "guid"))).OfType<string>().ToList(),
            MemberSources = Refs(set, "MemberSource"),
        }
        : null).OfType<QdaSet>().ToList();

    private QdaVariable? Variable(XElement element) => Guid(element) is { } guid && Required(element, "name") is { } name
        ? new QdaVariable { Guid = guid, Name = name, Type = Attr(element, "typeOfVariable") ?? "Text" }
        : null;

    private QdaNote? Note(XElement element) => Guid(element) is { } guid
        ? new QdaNote { Guid = guid, Name = Attr(element, "name"), Text = PlainText(element, requireText: false) ?? "" }
        : null;

    private QdaCase? Case(XElement element) => Guid(element) is { } guid
        ? new QdaCase
        {
            Guid = guid,
            Name = Attr(element, "name") ?? "",
            Description = Text(Child(element, "Description")),
            Values = Values(element),
            SourceGuids = Refs(element, "SourceRef"),
            SelectionGuids = Refs(element, "SelectionRef"),
            At = SecureXml.At(element),
        }
        : null;

    private List<QdaValue> Values(XElement parent) => parent.Elements().Where(e => e.Name.LocalName == "VariableValue")
        .Select(v => Normal(Attr(Child(v, "VariableRef"), "targetGUID")) is { } variable
            ? new QdaValue(variable, v.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Value", StringComparison.Ordinal))?.Value.Trim() ?? "")
            : null).OfType<QdaValue>().ToList();

    private QdaTextSource? TextSource(XElement element)
    {
        var guid = Guid(element);
        if (guid is null) return null;
        var text = PlainText(element, requireText: true);
        var selections = new List<QdaSelection>();
        foreach (var s in element.Elements().Where(e => e.Name.LocalName == "PlainTextSelection"))
        {
            var selectionGuid = Guid(s);
            if (selectionGuid is null || !Position(s, "startPosition", out var start) || !Position(s, "endPosition", out var end)) continue;
            var length = text is null ? (int?)null : CodePoints.Count(text);
            if (start < 0 || end < start || (length is { } n && end > n))
            {
                diagnostics.Error(Loc(s), "QDA008", $"the selection {selectionGuid} runs from {start} to {end}, outside its source '{Attr(element, "name")}'" +
                    (length is { } l ? $" of {l} characters" : ""), "positions count Unicode code points from 0; export the project again");
                continue;
            }
            selections.Add(new QdaSelection
            {
                Guid = selectionGuid,
                Name = Attr(s, "name"),
                Start = start,
                End = end,
                CodeGuids = s.Elements().Where(e => e.Name.LocalName == "Coding").SelectMany(c => Refs(c, "CodeRef")).ToList(),
                NoteGuids = Refs(s, "NoteRef").Concat(s.Elements().Where(e => e.Name.LocalName == "Coding").SelectMany(c => Refs(c, "NoteRef"))).ToList(),
                Description = Text(Child(s, "Description")),
                At = SecureXml.At(s),
            });
        }
        return new QdaTextSource
        {
            Guid = guid,
            Name = Attr(element, "name") ?? guid,
            Text = text,
            Description = Text(Child(element, "Description")),
            Selections = selections,
            NoteGuids = Refs(element, "NoteRef"),
            Values = Values(element),
            WholeSourceCodings = element.Elements().Count(e => e.Name.LocalName == "Coding"),
            At = SecureXml.At(element),
        };
    }

    /// <summary>The plain text of a text source or note: inline, or from the archive (<c>internal://</c>).</summary>
    private string? PlainText(XElement element, bool requireText)
    {
        if (Child(element, "PlainTextContent") is { } inline) return inline.Value;
        var path = Attr(element, "plainTextPath");
        if (path is null)
        {
            if (requireText) diagnostics.Error(Loc(element), "QDA012", $"the text source '{Attr(element, "name")}' has neither PlainTextContent nor plainTextPath");
            return null;
        }
        if (!path.StartsWith("internal://", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(Loc(element), "QDA021", $"the text of '{Attr(element, "name")}' is outside the project ({path}) and is not imported",
                "export the project with its sources included");
            return null;
        }
        var name = Uri.UnescapeDataString(path["internal://".Length..]);
        if (resolveInternal(name) is not { } file)
        {
            diagnostics.Error(Loc(element), "QDA012", $"the project names the file '{name}', which the archive does not hold");
            return null;
        }
        return StrictText.Decode(file.Bytes, file.Display, diagnostics);
    }

    private void CheckReferences(XElement root, QdaProject project)
    {
        var codes = project.AllCodes.Select(c => c.Guid).ToHashSet(StringComparer.Ordinal);
        var notes = project.Notes.Select(n => n.Guid).ToHashSet(StringComparer.Ordinal);
        var sources = project.TextSources.Select(s => s.Guid).Concat(project.OtherSources.Select(s => s.Guid)).ToHashSet(StringComparer.Ordinal);
        var selections = root.Descendants().Where(e => e.Name.LocalName.EndsWith("Selection", StringComparison.Ordinal))
            .Select(e => Normal(Attr(e, "guid"))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var variables = project.Variables.Select(v => v.Guid).ToHashSet(StringComparer.Ordinal);
        foreach (var element in root.Descendants())
        {
            var target = Normal(Attr(element, "targetGUID"));
            if (target is null) continue;
            var (known, what) = element.Name.LocalName switch
            {
                "CodeRef" or "MemberCode" => (codes, "code"),
                "NoteRef" or "MemberNote" => (notes, "note"),
                "SourceRef" or "MemberSource" => (sources, "source"),
                "SelectionRef" => (selections, "selection"),
                "VariableRef" => (variables, "variable"),
                _ => (null, ""),
            };
            if (known is not null && !known.Contains(target))
                diagnostics.Error(Loc(element), "QDA009", $"<{element.Name.LocalName}> names the {what} {target}, which the project does not have");
        }
    }

    private string? Guid(XElement element)
    {
        var guid = Normal(Required(element, "guid"));
        if (guid is null) return null;
        if (!_guids.Add(guid))
        {
            diagnostics.Error(Loc(element), "QDA011", $"the GUID {guid} is given to two elements");
            return null;
        }
        return guid;
    }

    private string? Required(XElement element, string attribute)
    {
        var value = Attr(element, attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Error(Loc(element), "QDA010", $"<{element.Name.LocalName}> lacks its {attribute} attribute");
            return null;
        }
        return value;
    }

    private bool Position(XElement element, string attribute, out int value)
    {
        value = 0;
        var text = Required(element, attribute);
        if (text is null) return false;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        diagnostics.Error(Loc(element), "QDA010", $"{attribute}=\"{text}\" is not a whole number");
        return false;
    }

    private string? Color(XElement element)
    {
        var color = Attr(element, "color");
        if (color is null) return null;
        if (color.Length == 4 && color[0] == '#' && color[1..].All(char.IsAsciiHexDigit))
            color = "#" + string.Concat(color[1..].Select(c => $"{c}{c}"));
        if (color.Length == 7 && color[0] == '#' && color[1..].All(char.IsAsciiHexDigit)) return color.ToLowerInvariant();
        diagnostics.Warning(Loc(element), "QDA022", $"the colour '{color}' is not #rrggbb; it is dropped");
        return null;
    }

    private List<string> Refs(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name).Select(e => Normal(Attr(e, "targetGUID"))).OfType<string>().ToList();

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement parent, string container, string item) =>
        Child(parent, container)?.Elements().Where(e => e.Name.LocalName == item) ?? [];

    private static string? Attr(XElement? element, string name) => element?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value;

    private static string? Text(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    /// <summary>GUIDs compare upper-case and without braces: tools write both forms.</summary>
    public static string? Normal(string? guid) => string.IsNullOrWhiteSpace(guid) ? null : guid.Trim().Trim('{', '}').ToUpperInvariant();

    private SourceLocation Loc(XElement element)
    {
        var at = SecureXml.At(element);
        return new SourceLocation(display, at.Line, at.Column);
    }
}
