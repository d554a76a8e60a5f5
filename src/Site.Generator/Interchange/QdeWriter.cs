using System.Text;
using System.Xml;

namespace Site.Generator.Interchange;

/// <summary>
/// Writes a <see cref="QdaProject"/> as REFI-QDA XML: a project (<c>project.qde</c>, its texts in the archive's
/// sources/ folder) or a codebook (<c>.qdc</c>). Elements follow the order the schemas prescribe.
/// </summary>
public static class QdeWriter
{
    public const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";

    /// <summary>The archive path of a text source's plain text.</summary>
    public static string SourceEntry(QdaTextSource source) => $"sources/{source.Guid}.txt";

    public static byte[] Project(QdaProject project) => Write(ProjectNamespace, w =>
    {
        w.WriteStartElement("Project", ProjectNamespace);
        w.WriteAttributeString("name", project.Name);
        if (project.Origin is { } origin) w.WriteAttributeString("origin", origin);
        if (project.Codes.Count > 0)
        {
            w.WriteStartElement("CodeBook");
            Codes(w, project.Codes, withNotes: true);
            w.WriteEndElement();
        }
        if (project.Variables.Count > 0)
        {
            w.WriteStartElement("Variables");
            foreach (var v in project.Variables)
            {
                w.WriteStartElement("Variable");
                w.WriteAttributeString("guid", v.Guid);
                w.WriteAttributeString("name", v.Name);
                w.WriteAttributeString("typeOfVariable", v.Type);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (project.Cases.Count > 0)
        {
            w.WriteStartElement("Cases");
            foreach (var c in project.Cases)
            {
                w.WriteStartElement("Case");
                w.WriteAttributeString("guid", c.Guid);
                w.WriteAttributeString("name", c.Name);
                if (c.Description is { } d) w.WriteElementString("Description", d);
                foreach (var value in c.Values)
                {
                    w.WriteStartElement("VariableValue");
                    Ref(w, "VariableRef", value.VariableGuid);
                    w.WriteElementString("TextValue", value.Value);
                    w.WriteEndElement();
                }
                foreach (var s in c.SourceGuids) Ref(w, "SourceRef", s);
                foreach (var s in c.SelectionGuids) Ref(w, "SelectionRef", s);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (project.TextSources.Count > 0)
        {
            w.WriteStartElement("Sources");
            foreach (var source in project.TextSources)
            {
                w.WriteStartElement("TextSource");
                w.WriteAttributeString("guid", source.Guid);
                w.WriteAttributeString("name", source.Name);
                w.WriteAttributeString("plainTextPath", "internal://" + Path.GetFileName(SourceEntry(source)));
                foreach (var selection in source.Selections)
                {
                    w.WriteStartElement("PlainTextSelection");
                    w.WriteAttributeString("guid", selection.Guid);
                    if (selection.Name is { } name) w.WriteAttributeString("name", name);
                    w.WriteAttributeString("startPosition", selection.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteAttributeString("endPosition", selection.End.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var code in selection.CodeGuids)
                    {
                        w.WriteStartElement("Coding");
                        w.WriteAttributeString("guid", StableGuid.For("coding", selection.Guid + "/" + code));
                        Ref(w, "CodeRef", code);
                        w.WriteEndElement();
                    }
                    foreach (var note in selection.NoteGuids) Ref(w, "NoteRef", note);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (project.Notes.Count > 0)
        {
            w.WriteStartElement("Notes");
            foreach (var note in project.Notes)
            {
                w.WriteStartElement("Note");
                w.WriteAttributeString("guid", note.Guid);
                if (note.Name is { } name) w.WriteAttributeString("name", name);
                w.WriteElementString("PlainTextContent", note.Text);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static byte[] Codebook(QdaProject project) => Write(CodebookNamespace, w =>
    {
        w.WriteStartElement("CodeBook", CodebookNamespace);
        if (project.Origin is { } origin) w.WriteAttributeString("origin", origin);
        Codes(w, project.Codes, withNotes: false);
        w.WriteEndElement();
    });

    private static void Codes(XmlWriter w, List<QdaCode> codes, bool withNotes)
    {
        w.WriteStartElement("Codes");
        foreach (var code in codes) Code(w, code, withNotes);
        w.WriteEndElement();
    }

    private static void Code(XmlWriter w, QdaCode code, bool withNotes)
    {
        w.WriteStartElement("Code");
        w.WriteAttributeString("guid", code.Guid);
        w.WriteAttributeString("name", code.Name);
        w.WriteAttributeString("isCodable", code.IsCodable ? "true" : "false");
        if (code.Color is { } color) w.WriteAttributeString("color", color);
        if (code.Description is { } d) w.WriteElementString("Description", d);
        if (withNotes) foreach (var note in code.NoteGuids) Ref(w, "NoteRef", note);
        foreach (var child in code.Children) Code(w, child, withNotes);
        w.WriteEndElement();
    }

    private static void Ref(XmlWriter w, string element, string guid)
    {
        w.WriteStartElement(element);
        w.WriteAttributeString("targetGUID", guid);
        w.WriteEndElement();
    }

    private static byte[] Write(string ns, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        _ = ns;
        return stream.ToArray();
    }
}
