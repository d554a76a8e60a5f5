using Site.Generator.Diagnostics;
using Site.Generator.Model;

namespace Site.Generator.Markdown.References;

/// <summary>The kinds of thing the text can point to by id: the schemes of <c>[text](kind:id)</c> links.</summary>
public enum ReferenceKind { Quote, Finding, Concept, Section, Chapter, Question, Case, Informant, Code, Work, Document, Figure, Table }

/// <summary>A use of an id in the text, with where it stands: the link graph and the diagnostics are built from these.</summary>
public sealed record Reference(ReferenceKind Kind, string Id, Section? Section, SourceLocation Location, bool IsCitation = false);
