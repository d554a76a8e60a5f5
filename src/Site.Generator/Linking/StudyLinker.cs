using Site.Generator.Diagnostics;
using Site.Generator.Markdown.References;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Generator.Linking;

/// <summary>
/// Resolves every id the study uses (in YAML and in the text) and sets the relations between its parts:
/// which quotes a theme has, where a quote stands, which findings cite it, what links to a concept.
/// Every unknown id is an error at the place that names it. What only checks the linked study is in
/// <c>Validation/</c>, and the parts' addresses are given by <see cref="Addresses"/>.
/// </summary>
public sealed class StudyLinker(StudyModel model, UrlScheme _urls, Localization.Locale locale, DiagnosticBag diagnostics)
{

    public IdIndex<Case> Cases { get; } = new(model.Cases, "case", "C", diagnostics);
    public IdIndex<Informant> Informants { get; } = new(model.Informants, "informant", "I", diagnostics);
    public IdIndex<Code> Codes { get; } = new(model.Codes, "code", "T", diagnostics);
    public IdIndex<Quote> Quotes { get; } = new(model.Quotes, "quote", "Q", diagnostics);
    public IdIndex<Finding> Findings { get; } = new(model.Findings, "finding", "F", diagnostics);
    public IdIndex<Concept> Concepts { get; } = new(model.Concepts, "concept", "K", diagnostics);
    public IdIndex<Work> Works { get; } = new(model.Works, "work", "W", diagnostics);
    public IdIndex<Document> Documents { get; } = new(model.Documents, "document", "DOC", diagnostics);
    public IdIndex<Figure> Figures { get; } = new(model.Figures, "figure", "G", diagnostics);

    public Dictionary<string, Section> SectionsByNumber { get; } = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ResearchQuestion> _questions = new();

    public void Link(IReadOnlyList<Reference> references)
    {
        OrderChapters();
        IndexSections();
        IndexQuestions();
        LinkCases();
        LinkCoding();
        LinkQuotes();
        LinkVariants();
        LinkConcepts();
        LinkFindings();
        LinkReferences(references);
        LinkSectionNotes();
    }

    private void OrderChapters()
    {
        var ordered = model.Chapters.OrderBy(c => c.Kind).ThenBy(c => c.Number ?? 0).ToList();
        model.Chapters.Clear();
        model.Chapters.AddRange(ordered);
        for (var i = 0; i < model.Chapters.Count; i++)
        {
            model.Chapters[i].Previous = i > 0 ? model.Chapters[i - 1] : null;
            model.Chapters[i].Next = i + 1 < model.Chapters.Count ? model.Chapters[i + 1] : null;
        }
    }

    private void IndexSections()
    {
        var order = 0;
        foreach (var chapter in model.Chapters)
        {
            foreach (var section in chapter.Sections)
            {
                section.Order = order++;
                if (section.Number is null || chapter.Kind != ChapterKind.Chapter) continue;
                if (!SectionsByNumber.TryAdd(section.Number, section))
                    diagnostics.Error(new SourceLocation(chapter.SourcePath, section.Line, 1), "CH11", $"section {section.Number} is numbered twice");
            }
        }
    }

    /// <summary>The section with a number ("4.2.1"), or the chapter itself for a bare chapter number ("4").</summary>
    public Section? ResolveSection(string number, SourceLocation at, bool report = true)
    {
        if (SectionsByNumber.TryGetValue(number, out var section)) return section;
        var chapter = model.Chapters.FirstOrDefault(c => c.Kind == ChapterKind.Chapter && c.Number?.ToString() == number);
        if (chapter is not null) return ChapterSection(chapter);
        if (report) diagnostics.Error(at, "S04", $"unknown section '{number}'", Suggest.DidYouMean(number, SectionsByNumber.Keys));
        return null;
    }

    private readonly Dictionary<Chapter, Section> _chapterSections = new();

    /// <summary>A chapter as a section of its own (its introduction), for findings stated before the first heading.</summary>
    private Section ChapterSection(Chapter chapter)
    {
        if (!_chapterSections.TryGetValue(chapter, out var section))
        {
            section = new Section { Chapter = chapter, Number = chapter.Number?.ToString(), Title = chapter.Title, Anchor = "", Level = 1, Line = chapter.BodyLine, IsChapter = true };
            _chapterSections[chapter] = section;
        }
        return section;
    }

    private void IndexQuestions()
    {
        foreach (var question in model.Study.ResearchQuestions)
        {
            if (!_questions.TryAdd(question.Number, question))
                diagnostics.Error(question.LocationOf("number"), "RQ02", $"research question {question.Number} is listed twice");
        }
    }

    internal ResearchQuestion? ResolveQuestion(int number, SourceLocation at)
    {
        if (_questions.TryGetValue(number, out var question)) return question;
        diagnostics.Error(at, "RQ04", $"unknown research question {number}", $"the study has {string.Join(", ", _questions.Keys.Order())}");
        return null;
    }

    private void LinkCases()
    {
        foreach (var informant in model.Informants)
        {
            var inferred = informant.CaseId is null && informant.CaseInferredId is not null;
            var key = inferred ? "case_inferred" : "case";
            if ((informant.CaseId ?? informant.CaseInferredId) is { } caseId && Cases.Resolve(caseId, informant.LocationOf(key)) is { } c)
            {
                informant.Case = c;
                informant.CaseIsInferred = inferred;
                if (informant.IsPseudonym) c.Informants.Add(informant);
            }
        }
        foreach (var document in model.Documents)
        {
            if (document.CaseId is { } caseId && Cases.Resolve(caseId, document.LocationOf("case")) is { } c)
            {
                document.Case = c;
                c.Documents.Add(document);
            }
        }
        if (model.Comparison is { } table)
        {
            table.Columns.AddRange(Cases.ResolveAll(table.ColumnIds, table.LocationOf("columns")));
            table.Sources.AddRange(Works.ResolveAll(table.SourceIds, table.LocationOf("sources")));
        }
    }

    private void LinkCoding()
    {
        for (var depth = 0; depth < model.Coding.Levels.Count; depth++) model.Coding.Levels[depth].Depth = depth;
        foreach (var code in model.Coding.Codes) LinkCode(code, parent: null, depth: 0);
        foreach (var question in model.Study.ResearchQuestions)
            if (question.DiscussionSection is { } number) question.Discussion = ResolveSection(number, question.LocationOf("discussion_section"));
    }

    private void LinkCode(Code code, Code? parent, int depth)
    {
        var levels = model.Coding.Levels;
        if (depth >= levels.Count)
        {
            diagnostics.Error(code.LocationOf("id"), "T05", $"the code '{code.Id}' stands at level {depth + 1}, but the coding has {levels.Count} level(s)",
                "add a level under levels: in coding.yml, or move the code up");
            return;
        }
        code.Level = levels[depth];
        code.Level.Codes.Add(code);
        code.Parent = parent;
        if (code.Section is { } section) code.SectionRef = ResolveSection(section, code.LocationOf("section"));
        if (code.QuestionNumber is { } number)
        {
            code.Question = ResolveQuestion(number, code.LocationOf("question"));
            code.Question?.Codes.Add(code);
        }
        else code.Question = parent?.Question;
        foreach (var child in code.Codes) LinkCode(child, code, depth + 1);
    }

    private void LinkQuotes()
    {
        foreach (var quote in model.Quotes)
        {
            var speaker = Informants.Resolve(quote.SpeakerId, quote.LocationOf("speaker"));
            var codes = Codes.ResolveAll(quote.CodeIds, quote.LocationOf("codes"));
            if (speaker is null || codes.Count == 0) continue;
            quote.Speaker = speaker;
            quote.Codes.AddRange(codes);
            speaker.Quotes.Add(quote);
            foreach (var code in codes) code.Quotes.Add(quote);
            quote.Case = quote.CaseId is { } caseId ? Cases.Resolve(caseId, quote.LocationOf("case")) : speaker.Case;
            quote.Case?.Quotes.Add(quote);
        }
        // What a code holds, itself and below, each quote once and in the order of the data.
        foreach (var code in model.Codes)
            code.AllQuotes.AddRange(code.SelfAndDescendants.SelectMany(c => c.Quotes).Distinct().OrderBy(q => q.Order));
    }

    /// <summary>
    /// A variant is the same utterance in other words: it must have its first wording's speaker, case and codes (a
    /// variant across speakers would tie two attributions together, an anonymous one to a pseudonym perhaps).
    /// </summary>
    private void LinkVariants()
    {
        foreach (var quote in model.Quotes.Where(q => q.VariantOfId is not null && q.Speaker is not null))
        {
            var at = quote.LocationOf("variant_of");
            if (Quotes.Resolve(quote.VariantOfId!, at) is not { Speaker: not null } first) continue;
            if (first == quote) diagnostics.Error(at, "Q16", "a quote cannot be a variant of itself");
            else if (first.VariantOfId is not null) diagnostics.Error(at, "Q16", $"'{first.Id}' is itself a variant of '{first.VariantOfId}'", $"use variant_of: {first.VariantOfId}");
            else if (first.Speaker != quote.Speaker || first.Case != quote.Case || !first.Codes.ToHashSet().SetEquals(quote.Codes))
                diagnostics.Error(at, "Q17", $"'{quote.Id}' and '{first.Id}' differ in speaker, case or codes, so they are not one utterance",
                    "a variant has the speaker, case and codes of the quote it words differently; never join two attributions");
            else
            {
                quote.VariantOf = first;
                first.Variants.Add(quote);
            }
        }
    }

    private void LinkSectionNotes()
    {
        foreach (var chapter in model.Chapters)
        foreach (var note in chapter.Notes)
            note.SectionRef = ResolveSection(note.Section, note.LocationOf("section"));
    }

    private void LinkConcepts()
    {
        foreach (var concept in model.Concepts)
        {
            if (concept.Section is { } number) concept.SectionRef = ResolveSection(number, concept.LocationOf("section"));
            concept.Works.AddRange(Works.ResolveAll(concept.WorkIds, concept.LocationOf("works")));
            foreach (var work in concept.Works) work.Concepts.Add(concept);
            concept.Related.AddRange(Concepts.ResolveAll(concept.RelatedIds, concept.LocationOf("related")).Where(r => r != concept));
        }
        foreach (var group in model.Concepts.GroupBy(c => string.Join(' ', c.Definition.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(g => g.Count() > 1))
        foreach (var concept in group) concept.SharingDefinition.AddRange(group.Where(c => c != concept));
        // Relations go both ways: a concept lists those that name it as related.
        foreach (var concept in model.Concepts)
        foreach (var related in concept.Related.ToList())
            if (!related.Related.Contains(concept)) related.Related.Add(concept);
    }

    private void LinkFindings()
    {
        foreach (var finding in model.Findings)
        {
            finding.SectionRef = ResolveSection(finding.Section, finding.LocationOf("section"));
            if (finding.QuestionNumber is { } number) finding.Question = ResolveQuestion(number, finding.LocationOf("question"));
            finding.Question?.Findings.Add(finding);
            finding.Codes.AddRange(Codes.ResolveAll(finding.CodeIds, finding.LocationOf("codes")));
            finding.Cases.AddRange(Cases.ResolveAll(finding.CaseIds, finding.LocationOf("cases")));
            finding.Concepts.AddRange(Concepts.ResolveAll(finding.ConceptIds, finding.LocationOf("concepts")));
            finding.Quotes.AddRange(Quotes.ResolveAll(finding.QuoteIds, finding.LocationOf("quotes")));
            finding.Documents.AddRange(Documents.ResolveAll(finding.DocumentIds, finding.LocationOf("documents")));
            foreach (var code in finding.Codes) code.Findings.Add(finding);
            foreach (var c in finding.Cases) c.Findings.Add(finding);
            foreach (var quote in finding.Quotes) quote.Findings.Add(finding);
            foreach (var document in finding.Documents) document.Findings.Add(finding);
            foreach (var concept in finding.Concepts)
            {
                concept.Findings.Add(finding);
                foreach (var quote in finding.Quotes.Where(q => !concept.Quotes.Contains(q))) concept.Quotes.Add(quote);
            }
        }
    }

    private void LinkReferences(IReadOnlyList<Reference> references)
    {
        foreach (var reference in references)
        {
            var section = reference.Section;
            switch (reference.Kind)
            {
                case ReferenceKind.Quote:
                    if (Quotes.Resolve(reference.Id, reference.Location) is { } quote) AddOnce(quote.Sections, section);
                    break;
                case ReferenceKind.Table:
                    if (section is not null) section.HasQuoteTable = true;
                    if (Codes.Find(reference.Id) is { } tableCode)
                        foreach (var q in tableCode.AllQuotes.Where(q => q.Table == tableCode.Table)) AddOnce(q.Sections, section);
                    break;
                case ReferenceKind.Concept:
                    if (Concepts.Resolve(reference.Id, reference.Location) is { } concept) AddOnce(concept.CitingSections, section);
                    break;
                case ReferenceKind.Work:
                    if (Works.Resolve(reference.Id, reference.Location) is { } work) AddOnce(work.CitingSections, section);
                    break;
                case ReferenceKind.Document:
                    if (Documents.Resolve(reference.Id, reference.Location) is { } document) AddOnce(document.CitingSections, section);
                    break;
                case ReferenceKind.Informant:
                    // A link to a person sets no relation; resolving it reports an unknown id (Validation/TextLinkCheck refuses anonymous ones).
                    Informants.Resolve(reference.Id, reference.Location);
                    break;
                case ReferenceKind.Figure:
                    if (Figures.Resolve(reference.Id, reference.Location) is { } figure && !FigurePlaces.TryAdd(figure, section))
                        diagnostics.Warning(reference.Location, "G10", $"figure '{figure.Id}' is placed twice; links go to the first place");
                    break;
                default:
                    _ = References.Resolve(reference); // reports an unknown id
                    break;
            }
        }
        foreach (var quote in model.Quotes) quote.Sections.Sort((a, b) => a.Order.CompareTo(b.Order));
    }

    private static void AddOnce(List<Section> list, Section? section)
    {
        if (section is not null && !list.Contains(section)) list.Add(section);
    }

    /// <summary>Figures live in the chapter whose text places them.</summary>
    public Dictionary<Figure, Section?> FigurePlaces { get; } = new();

    internal string FigureUrl(Figure figure) => FigurePlaces.TryGetValue(figure, out var section) && section is not null ? $"{section.Chapter.Url}#{figure.Id}" : _urls.Coding;

    /// <summary>What a <c>kind:id</c> link of the text stands for, once the study is linked.</summary>
    public ReferenceResolver References => _references ??= new ReferenceResolver(this, model, _urls, locale, diagnostics);
    private ReferenceResolver? _references;
}
