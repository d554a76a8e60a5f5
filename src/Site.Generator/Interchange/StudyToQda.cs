using Site.Generator.Model;
using Site.Generator.Validation;

namespace Site.Generator.Interchange;

/// <summary>
/// A study as a REFI-QDA project: the coding hierarchy as the codebook, each source text as a text source, each quote
/// as a coded selection of the source it stands in. Speakers and cases become cases that hold their selections and
/// carry the variables <c>speaker</c>, <c>speaker_kind</c>, <c>speaker_case</c> and <c>case</c>, which the import reads back.
/// GUIDs are those of the import when the study came from one (qda-ids.yml), otherwise made from the ids.
/// </summary>
public sealed class StudyToQda(StudyModel model, IReadOnlyList<(string Name, string Text)> sources, IdMap ids)
{
    private readonly Dictionary<string, string> _codeGuids = Reverse(ids.Codes), _quoteGuids = Reverse(ids.Quotes), _sourceGuids = Reverse(ids.Sources);

    public List<string> Warnings { get; } = new();

    public QdaProject Map()
    {
        var codes = StudyCodes.Of(model).Select(Code).ToList();
        var texts = sources.Select(s => (s.Name, s.Text, Guid: _sourceGuids.GetValueOrDefault(s.Name) ?? StableGuid.For("source", s.Name), Selections: new List<QdaSelection>())).ToList();
        var unplaced = new List<(Quote Quote, QdaSelection Selection)>();
        var notes = new List<QdaNote>();
        var orphanText = new System.Text.StringBuilder();
        foreach (var quote in model.Quotes)
        {
            var guid = _quoteGuids.GetValueOrDefault(quote.Id) ?? StableGuid.For("quote", quote.Id);
            var noteGuids = new List<string>();
            if (quote.Note is { } note)
            {
                var noteGuid = StableGuid.For("quote-note", quote.Id);
                notes.Add(new QdaNote { Guid = noteGuid, Name = quote.Id, Text = note });
                noteGuids.Add(noteGuid);
            }
            var codeGuids = StudyCodes.OfQuote(quote).Select(CodeGuid).ToList();
            var placed = false;
            foreach (var source in texts)
            {
                if (Locate(source.Text, quote.Text) is not { } span) continue;
                source.Selections.Add(new QdaSelection { Guid = guid, Name = quote.Text, Start = span.Start, End = span.End, CodeGuids = codeGuids, NoteGuids = noteGuids });
                placed = true;
                break;
            }
            if (placed) continue;
            // A quote found in no source text still goes out, as a selection of a source made of such quotes.
            var start = CodePoints.Count(orphanText.ToString());
            orphanText.Append(quote.Text);
            unplaced.Add((quote, new QdaSelection { Guid = guid, Name = quote.Text, Start = start, End = start + CodePoints.Count(quote.Text), CodeGuids = codeGuids, NoteGuids = noteGuids }));
            orphanText.Append("\n\n");
            Warnings.Add($"the quote {quote.Id} stands in no source text; it is exported in the source 'quotes-without-source'");
        }
        var textSources = texts.Select(s => new QdaTextSource { Guid = s.Guid, Name = s.Name, Text = s.Text, Selections = s.Selections.OrderBy(x => x.Start).ToList() }).ToList();
        if (unplaced.Count > 0)
            textSources.Add(new QdaTextSource { Guid = StableGuid.For("source", "quotes-without-source"), Name = "quotes-without-source", Text = orphanText.ToString(), Selections = unplaced.Select(u => u.Selection).ToList() });
        var (variables, cases) = People();
        return new QdaProject
        {
            Name = model.Study.Title,
            Origin = "research site generator",
            Codes = codes,
            Variables = variables,
            Cases = cases,
            TextSources = textSources,
            Notes = notes,
        };
    }

    private QdaCode Code(StudyCodes.Node node) => new()
    {
        Guid = CodeGuid(node.Id),
        Name = node.Title,
        Color = node.Color,
        Description = node.Description,
        Children = node.Children.Select(Code).ToList(),
    };

    private string CodeGuid(string id) => _codeGuids.GetValueOrDefault(id) ?? StableGuid.For("code", id);

    private (List<QdaVariable>, List<QdaCase>) People()
    {
        var v = new Dictionary<string, QdaVariable>(StringComparer.Ordinal);
        foreach (var name in new[] { ProjectToStudy.SpeakerVariableName, ProjectToStudy.SpeakerKindVariableName, ProjectToStudy.SpeakerCaseVariableName, ProjectToStudy.CaseVariableName })
            v[name] = new QdaVariable { Guid = StableGuid.For("variable", name), Name = name };
        var cases = new List<QdaCase>();
        var caseNames = model.Cases.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var speakerCases = model.Informants.ToDictionary(i => i.Id, i => i.CaseId, StringComparer.Ordinal);
        foreach (var informant in model.Informants)
        {
            var values = new List<QdaValue> { new(v["speaker"].Guid, informant.Name), new(v["speaker_kind"].Guid, informant.Kind == InformantKind.Anonymous ? "anonymous" : "pseudonym") };
            if (informant.CaseId is { } own && caseNames.TryGetValue(own, out var ownName)) values.Add(new(v["speaker_case"].Guid, ownName));
            cases.Add(new QdaCase
            {
                Guid = StableGuid.For("speaker", informant.Id), Name = informant.Name, Values = values,
                SelectionGuids = model.Quotes.Where(q => q.SpeakerId == informant.Id).Select(QuoteGuid).ToList(),
            });
        }
        foreach (var @case in model.Cases)
            cases.Add(new QdaCase
            {
                Guid = StableGuid.For("case", @case.Id), Name = @case.Name, Description = @case.Description,
                Values = [new(v["case"].Guid, @case.Name)],
                SelectionGuids = model.Quotes.Where(q => (q.CaseId ?? speakerCases.GetValueOrDefault(q.SpeakerId)) == @case.Id).Select(QuoteGuid).ToList(),
            });
        return (v.Values.ToList(), cases);
    }

    private string QuoteGuid(Quote quote) => _quoteGuids.GetValueOrDefault(quote.Id) ?? StableGuid.For("quote", quote.Id);

    /// <summary>
    /// Where a quote stands in a source, in code points: exactly if it can, else as the build's check finds it (white
    /// space and line-break hyphens folded, page numbers dropped), mapped back to the source's own positions.
    /// </summary>
    public static (int Start, int End)? Locate(string source, string quote)
    {
        var exact = source.IndexOf(quote, StringComparison.Ordinal);
        if (exact >= 0) return (CodePoints.FromIndex(source, exact), CodePoints.FromIndex(source, exact + quote.Length));
        var wanted = SourceTextCheck.Fold(quote);
        if (wanted.Length == 0) return null;
        // The folded source, with the index in the source of each folded character.
        var kept = new System.Text.StringBuilder(source.Length);
        var at = new List<int>(source.Length);
        var lineStart = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && source[i] != '\n') continue;
            var line = source[lineStart..i];
            var trimmed = line.Trim();
            var pageNumber = trimmed.Length is > 0 and <= 3 && trimmed.All(char.IsAsciiDigit);
            if (!pageNumber)
                for (var j = 0; j < line.Length; j++)
                    if (!char.IsWhiteSpace(line[j]) && line[j] is not ('-' or '\u00AD')) { kept.Append(line[j]); at.Add(lineStart + j); }
            lineStart = i + 1;
        }
        var found = kept.ToString().IndexOf(wanted, StringComparison.Ordinal);
        if (found < 0) return null;
        var first = at[found];
        var last = at[found + wanted.Length - 1] + 1;
        return (CodePoints.FromIndex(source, first), CodePoints.FromIndex(source, last));
    }

    private static Dictionary<string, string> Reverse(Dictionary<string, string> map)
    {
        var reversed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (guid, id) in map) reversed.TryAdd(id, guid);
        return reversed;
    }
}
