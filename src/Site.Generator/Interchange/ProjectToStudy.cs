using Site.Generator.Validation;

namespace Site.Generator.Interchange;

/// <summary>
/// Maps a REFI-QDA project onto our study format: codes at any depth become the coding hierarchy (at most four
/// levels), coded text selections become verbatim quotes with all their codes, cases and variables become cases and
/// speakers, notes become code descriptions and editorial notes. Users are never carried over.
/// </summary>
/// <param name="locale">The study's language: the words the import writes of its own (a group for loose codes).</param>
public sealed class ProjectToStudy(QdaProject project, ImportOptions options, IdMap previous, Localization.Locale locale)
{
    public const int MaxLevels = 4;
    /// <summary>The variables our export writes, so that a study exported here comes back the same.</summary>
    public const string SpeakerVariableName = "speaker", SpeakerKindVariableName = "speaker_kind", SpeakerCaseVariableName = "speaker_case", CaseVariableName = "case";

    private readonly QdaProject _project = project;
    private readonly ImportOptions _options = options;
    private readonly ImportReport _report = new();
    private readonly Dictionary<string, QdaNote> _notes = project.Notes.ToDictionary(n => n.Guid, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _variableNames = project.Variables.ToDictionary(v => v.Guid, v => v.Name, StringComparer.Ordinal);
    private readonly HashSet<string> _usedNotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DraftCode> _codeOf = new(StringComparer.Ordinal);
    private IdAllocator _codeIds = null!, _quoteIds = null!, _speakerIds = null!, _caseIds = null!, _sourceIds = null!;

    public StudyDraft Map()
    {
        _codeIds = new IdAllocator(previous.Codes, previous.RetiredOf("codes"));
        _quoteIds = new IdAllocator(previous.Quotes, previous.RetiredOf("quotes"));
        _speakerIds = new IdAllocator(previous.Speakers, previous.RetiredOf("speakers"));
        _caseIds = new IdAllocator(previous.Cases, previous.RetiredOf("cases"));
        _sourceIds = new IdAllocator(previous.Sources, previous.RetiredOf("sources"));

        var (codes, depth) = Hierarchy();
        var sources = _project.TextSources.Where(s => s.Text is not null)
            .Select(s => new DraftSource(s.Guid, _sourceIds.For(s.Guid, s.Name, "source"), s.Name, s.Text!)).ToList();
        var people = new People(this);
        var quotes = Quotes(sources, people);
        people.SettleSpeakerCases(quotes);

        CountAndSkip(codes, quotes, people);
        var ids = new IdMap
        {
            Project = _project.Name,
            Codes = _codeIds.Assigned, Quotes = _quoteIds.Assigned, Speakers = _speakerIds.Assigned, Cases = _caseIds.Assigned, Sources = _sourceIds.Assigned,
            Settings = Settings(),
            Retired = new Dictionary<string, List<string>>
            {
                ["codes"] = previous.RetiredOf("codes").Concat(_codeIds.Retired).ToList(),
                ["quotes"] = previous.RetiredOf("quotes").Concat(_quoteIds.Retired).ToList(),
                ["speakers"] = previous.RetiredOf("speakers").Concat(_speakerIds.Retired).ToList(),
                ["cases"] = previous.RetiredOf("cases").Concat(_caseIds.Retired).ToList(),
                ["sources"] = previous.RetiredOf("sources").Concat(_sourceIds.Retired).ToList(),
            },
        };
        return new StudyDraft
        {
            Title = _project.Name,
            Language = _options.Language,
            Origin = _project.Origin,
            Year = (_project.Created ?? DateTimeOffset.UtcNow).Year,
            Levels = DefaultLevels.For(Math.Max(1, depth), locale, _options.Levels),
            Codes = codes,
            Sources = sources,
            Speakers = people.Speakers.Values.Select(s => s with { CaseId = people.SpeakerCase(s.Key) }).OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            Cases = people.Cases.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList(),
            Quotes = quotes,
            Ids = ids,
            Report = _report,
        };
    }

    private Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["language"] = _options.Language, ["cases_are"] = _options.CasesAre == CasesAre.Speakers ? "speakers" : "cases" };
        if (_options.SpeakerVariable is { } speaker) settings["speaker_variable"] = speaker;
        if (_options.CaseVariable is { } @case) settings["case_variable"] = @case;
        if (_options.AnonymousSpeakers) settings["anonymous_speakers"] = "true";
        if (_options.SetsAsLevel) settings["sets_as_level"] = "true";
        return settings;
    }

    // ---- the coding hierarchy ----

    private (List<DraftCode> Codes, int Depth) Hierarchy()
    {
        var tops = _project.Codes;
        var wrapped = _options.SetsAsLevel && _project.Sets.Any(s => s.MemberCodes.Count > 0);
        if (!wrapped)
            return (tops.Select(c => Code(c, 1)).ToList(), Math.Min(MaxLevels, tops.Count == 0 ? 1 : tops.Max(Depth)));
        var byGuid = _project.AllCodes.ToDictionary(c => c.Guid, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<DraftCode>();
        foreach (var set in _project.Sets)
        {
            var members = set.MemberCodes.Where(g => byGuid.ContainsKey(g) && placed.Add(g)).Select(g => Code(byGuid[g], 2)).ToList();
            if (members.Count > 0) groups.Add(Group(set.Guid, set.Name, set.Description, members));
        }
        var loose = tops.Where(c => !placed.Contains(c.Guid)).Select(c => Code(c, 2)).ToList();
        if (loose.Count > 0) groups.Add(Group("ungrouped", locale.Text("import_ungrouped"), null, loose));
        return (groups, Math.Min(MaxLevels, 1 + _project.AllCodes.Max(c => Depth(c))));
    }

    private DraftCode Group(string key, string name, string? description, List<DraftCode> members) =>
        new() { Key = key, Id = _codeIds.For(key, name, "gruppe"), Title = name, Description = description, Children = members };

    private static int Depth(QdaCode code) => 1 + (code.Children.Count == 0 ? 0 : code.Children.Max(Depth));

    /// <summary>A code and its children; below the fourth level, codes fold into their ancestor, which takes their quotes.</summary>
    private DraftCode Code(QdaCode code, int level)
    {
        var draft = new DraftCode
        {
            Key = code.Guid,
            Id = _codeIds.For(code.Guid, code.Name, "kode"),
            Title = code.Name,
            Description = Join(code.Description, Notes(code.NoteGuids)),
            Color = code.Color,
        };
        _codeOf[code.Guid] = draft;
        foreach (var child in code.Children)
        {
            if (level < MaxLevels) draft.Children.Add(Code(child, level + 1));
            else foreach (var deeper in child.SelfAndDescendants) { _codeOf[deeper.Guid] = draft; _folded++; }
        }
        return draft;
    }

    private int _folded;

    // ---- quotes ----

    private List<DraftQuote> Quotes(List<DraftSource> sources, People people)
    {
        var quotes = new List<DraftQuote>();
        var sourceIds = sources.ToDictionary(s => s.Key, s => s.Id, StringComparer.Ordinal);
        foreach (var source in _project.TextSources)
        {
            if (source.Text is null) { _report.Skip("selections", source.Selections.Count, $"their source '{source.Name}' has no text in the project"); continue; }
            foreach (var selection in source.Selections.OrderBy(s => s.Start).ThenBy(s => s.End))
            {
                var codes = selection.CodeGuids.Where(_codeOf.ContainsKey).Select(g => _codeOf[g].Id).Distinct(StringComparer.Ordinal).ToList();
                if (codes.Count == 0) { _uncoded++; continue; }
                var text = QuoteText(source.Text, selection);
                if (text.Length == 0) { _empty++; continue; }
                var speaker = people.SpeakerOf(source, selection);
                var @case = people.CaseOf(source, selection, speaker);
                var wanted = $"{people.Speakers[speaker].Name} {string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4))}";
                quotes.Add(new DraftQuote(selection.Guid, _quoteIds.For(selection.Guid, wanted, "quote"), text, codes, people.Speakers[speaker].Id,
                    @case, Join(selection.Description, Notes(selection.NoteGuids)), sourceIds[source.Guid]));
            }
        }
        return quotes;
    }

    private int _uncoded, _empty;

    /// <summary>
    /// The selected text, verbatim. When the selection's name is the same text with other white space or line-break
    /// hyphens (our export writes a quote's own wording there), the name is kept, so the quote reads as the author wrote it.
    /// </summary>
    private static string QuoteText(string source, QdaSelection selection)
    {
        var slice = (CodePoints.Slice(source, selection.Start, selection.End) ?? "").Trim();
        if (selection.Name is { } name && name.Trim() != slice && name.Trim().Length > 0
            && SourceTextCheck.Fold(name) == SourceTextCheck.Fold(slice)) return name.Trim();
        return slice;
    }

    // ---- notes and the report ----

    private IEnumerable<string> Notes(IEnumerable<string> guids)
    {
        foreach (var guid in guids)
            if (_notes.TryGetValue(guid, out var note) && note.Text.Trim().Length > 0 && _usedNotes.Add(guid + "/" + note.Text)) yield return note.Text.Trim();
    }

    private static string? Join(string? first, IEnumerable<string> rest)
    {
        var parts = (first is null ? rest : rest.Prepend(first)).Where(p => p.Trim().Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private void CountAndSkip(List<DraftCode> codes, List<DraftQuote> quotes, People people)
    {
        _report.Count("codes", codes.Sum(c => c.SelfAndDescendants.Count()));
        _report.Count("quotes", quotes.Count);
        _report.Count("speakers", people.Speakers.Count);
        _report.Count("cases", people.Cases.Count);
        _report.Count("source texts", _project.TextSources.Count(s => s.Text is not null));
        _report.Skip("codes", _folded, $"deeper than {MaxLevels} levels: their quotes go to their level-{MaxLevels} ancestor");
        _report.Skip("selections", _uncoded, "they have no code");
        _report.Skip("selections", _empty, "they select no text");
        foreach (var group in _project.OtherSources.GroupBy(s => s.Kind))
            _report.Skip($"{group.Key} sources", group.Count(), $"{group.Key} sources are not imported yet ({group.Sum(s => s.Selections)} selections in them): {string.Join(", ", group.Select(s => s.Name))}");
        _report.Skip("codings of whole sources", _project.TextSources.Sum(s => s.WholeSourceCodings), "a quote is a selection of text; code a passage instead");
        var attached = _project.AllCodes.SelectMany(c => c.NoteGuids).Concat(_project.TextSources.SelectMany(s => s.Selections.SelectMany(x => x.NoteGuids))).ToHashSet(StringComparer.Ordinal);
        _report.Skip("notes", _project.Notes.Count(n => !attached.Contains(n.Guid)), "memos of the project or of a source have no place on the site; only code and selection notes are imported");
        _report.Skip("users", _project.Users, "the people who coded are never published");
        if (!_options.SetsAsLevel) _report.Skip("sets", _project.Sets.Count, "sets are not imported; pass --sets-as-level to make code sets the top level");
        _report.Skip("links", _project.Links, "links between items are not imported");
        _report.Skip("graphs", _project.Graphs, "graphs are not imported");
        _report.Skip("variables", _project.Variables.Count(v => !people.UsedVariables.Contains(v.Name)), "only the variables named for speaker and case are used");
    }

    /// <summary>Speakers and cases: from the variables the researcher named, from the project's cases, or from the sources.</summary>
    private sealed class People(ProjectToStudy outer)
    {
        private readonly QdaProject _project = outer._project;
        private readonly ImportOptions _options = outer._options;
        public Dictionary<string, DraftSpeaker> Speakers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, DraftCase> Cases { get; } = new(StringComparer.Ordinal);
        public HashSet<string> UsedVariables { get; } = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string?> _speakerCase = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string?>> _quoteCases = new(StringComparer.Ordinal);

        private string? SpeakerVariable => _options.SpeakerVariable ?? (HasVariable(SpeakerVariableName) ? SpeakerVariableName : null);
        private string? CaseVariable => _options.CaseVariable ?? (HasVariable(CaseVariableName) ? CaseVariableName : null);

        private bool HasVariable(string name) => _project.Variables.Any(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The cases a selection belongs to: those that name it first, then those that name its source.</summary>
        private IEnumerable<QdaCase> CasesOf(QdaTextSource source, QdaSelection selection) =>
            _project.Cases.Where(c => c.SelectionGuids.Contains(selection.Guid)).Concat(_project.Cases.Where(c => c.SourceGuids.Contains(source.Guid)));

        private string? Value(IEnumerable<QdaValue> values, string variable) =>
            values.FirstOrDefault(v => string.Equals(outer._variableNames.GetValueOrDefault(v.VariableGuid), variable, StringComparison.OrdinalIgnoreCase) && v.Value.Length > 0)?.Value;

        private (string Value, QdaCase? From)? Find(QdaTextSource source, QdaSelection selection, string variable, Func<QdaCase, bool>? prefer = null)
        {
            var cases = CasesOf(source, selection).ToList();
            foreach (var c in prefer is null ? cases : cases.Where(prefer).Concat(cases.Where(c => !prefer(c))))
                if (Value(c.Values, variable) is { } value) return (value, c);
            return Value(source.Values, variable) is { } own ? (own, null) : null;
        }

        public string SpeakerOf(QdaTextSource source, QdaSelection selection)
        {
            string key, name;
            QdaCase? from = null;
            if (SpeakerVariable is { } variable && Find(source, selection, variable) is { } found)
            {
                UsedVariables.Add(variable);
                (key, name, from) = ("speaker:" + found.Value, found.Value, found.From);
            }
            else if (_options.CasesAre == CasesAre.Speakers && CasesOf(source, selection).FirstOrDefault(c => c.Name.Length > 0) is { } person)
                (key, name, from) = (person.Guid, person.Name, person);
            else (key, name) = ("source:" + source.Guid, source.Name);
            if (!Speakers.ContainsKey(key))
            {
                var values = from?.Values ?? source.Values;
                var kind = Value(values, SpeakerKindVariableName);
                if (kind is not null) UsedVariables.Add(SpeakerKindVariableName);
                var anonymous = kind is null ? _options.AnonymousSpeakers : string.Equals(kind, "anonymous", StringComparison.OrdinalIgnoreCase);
                Speakers[key] = new DraftSpeaker(key, outer._speakerIds.For(key, name, "informant"), name, anonymous, null);
                if (Value(values, SpeakerCaseVariableName) is { } speakerCase)
                {
                    UsedVariables.Add(SpeakerCaseVariableName);
                    _speakerCase[key] = CaseNamed("case:" + speakerCase, speakerCase, null);
                }
            }
            return key;
        }

        public string? CaseOf(QdaTextSource source, QdaSelection selection, string speakerKey)
        {
            string? id = null;
            if (CaseVariable is { } variable)
            {
                // A speaker's own case (speaker_case) does not decide a quote's: cases that do not name a speaker come first.
                var speaker = SpeakerVariable;
                if (Find(source, selection, variable, c => speaker is null || Value(c.Values, speaker) is null) is { } found)
                {
                    UsedVariables.Add(variable);
                    id = CaseNamed("case:" + found.Value, found.Value, null);
                }
            }
            else if (_options.CasesAre == CasesAre.Cases && CasesOf(source, selection).FirstOrDefault(c => c.Name.Length > 0) is { } c)
                id = CaseNamed(c.Guid, c.Name, c.Description);
            (_quoteCases.TryGetValue(speakerKey, out var list) ? list : _quoteCases[speakerKey] = new()).Add(id);
            return id;
        }

        private string CaseNamed(string key, string name, string? description)
        {
            if (!Cases.TryGetValue(key, out var known))
                Cases[key] = known = new DraftCase(key, outer._caseIds.For(key, name, "case"), name, description);
            return known.Id;
        }

        public string? SpeakerCase(string key) => _speakerCase.GetValueOrDefault(key);

        /// <summary>A speaker all of whose quotes are of one case belongs to it; quotes then need not name it.</summary>
        public void SettleSpeakerCases(List<DraftQuote> quotes)
        {
            foreach (var (key, speaker) in Speakers)
            {
                if (_speakerCase.ContainsKey(key)) continue;
                var cases = quotes.Where(q => q.SpeakerId == speaker.Id).Select(q => q.CaseId).Distinct().ToList();
                if (cases.Count == 1 && cases[0] is not null) _speakerCase[key] = cases[0];
            }
            for (var i = 0; i < quotes.Count; i++)
            {
                var speakerCase = _speakerCase.GetValueOrDefault(Speakers.Values.First(s => s.Id == quotes[i].SpeakerId).Key);
                if (quotes[i].CaseId == speakerCase) quotes[i] = quotes[i] with { CaseId = null };
            }
        }
    }
}
