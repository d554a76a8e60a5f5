using Site.Generator.Urls;

namespace Site.Synthetic;

/// <summary>
/// Draws a synthetic study of a given size from a seed: its cases, speakers, coding, quotes, findings, concepts
/// and works, all linked to each other as a real study is. Every draw comes from one <see cref="SeededRandom"/>
/// in a fixed order, so a seed always gives the same study.
/// </summary>
public sealed class StudyPlanner(int quotes, ulong seed)
{
    private readonly SeededRandom _random = new(seed);
    private NorwegianText? _text;
    private NorwegianText Text => _text ??= new NorwegianText(_random);
    private readonly UniqueIds _codingIds = new();

    public SyntheticStudy Plan()
    {
        var study = new SyntheticStudy { Shape = StudyShape.For(quotes) };
        AddCases(study);
        AddInformants(study);
        AddWorks(study);
        AddQuestions(study);
        AddCoding(study);
        AddQuotes(study);
        AddConcepts(study);
        AddFindings(study);
        return study;
    }

    private void AddCases(SyntheticStudy study)
    {
        var names = _random.PickDistinct(Names.Municipalities, study.Shape.Cases);
        foreach (var name in names)
            study.Cases.Add(new SynthCase(Slug.From(name), $"{name} kommune", name, _random.Between(2_000, 200_000), _random.Between(1837, 2020)));
    }

    private void AddInformants(SyntheticStudy study)
    {
        var ids = new UniqueIds();
        // Not the authors' or the supervisor's first names (study.yml): every page names its authors, and the
        // anonymity gate fails a build whose anonymous quote's page names a pseudonym.
        var names = Names.FirstNames.Except(StudyYamlWriter.PeopleFirstNames).ToList();
        _random.Shuffle(names);
        for (var i = 0; i < study.Shape.Pseudonyms; i++)
        {
            // Past the list, a letter tells two people of one first name apart: «Kari B».
            var name = names[i % names.Count] + (i < names.Count ? "" : " " + (char)('A' + i / names.Count));
            // Some speakers cannot be placed in a case by the text; their quotes carry the case where it is known.
            var caseId = i % 8 == 7 ? null : study.Cases[i % study.Cases.Count].Id;
            study.Informants.Add(new SynthInformant(ids.Claim(name), name, Pseudonym: true, caseId));
        }
        foreach (var c in study.Cases)
            study.Informants.Add(new SynthInformant(ids.Claim($"informant fra {c.ShortName}"), $"Informant fra {c.ShortName}", Pseudonym: false, c.Id));
        study.Informants.Add(new SynthInformant(ids.Claim("informant"), "Informant", Pseudonym: false, null));
    }

    private void AddWorks(SyntheticStudy study)
    {
        // Works and documents share the citation matcher, so (author, year) is unique across both.
        var cited = new HashSet<(string, string)>();
        while (study.Works.Count < study.Shape.Works)
        {
            var first = _random.Pick(Names.Surnames);
            var citeAs = _random.Next(4) switch
            {
                0 => $"{first} & {_random.Pick(Names.Surnames)}",
                1 => $"{first} et al.",
                _ => first,
            };
            var year = _random.Between(1985, 2023).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (citeAs.StartsWith(first + " & " + first, StringComparison.Ordinal) || !cited.Add((citeAs, year))) continue;
            study.Works.Add(new SynthWork(Slug.From($"{citeAs} {year}"), citeAs, year));
        }
        study.Works.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var c in study.Cases)
        foreach (var year in _random.PickDistinct(Enumerable.Range(2015, 9).ToList(), 2).Order())
        {
            var citeAs = $"{c.ShortName} kommune";
            var printed = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            study.Documents.Add(new SynthWork(Slug.From($"{citeAs} {printed}"), citeAs, printed, c.Id));
        }
    }

    private void AddQuestions(SyntheticStudy study)
    {
        for (var n = 1; n <= study.Shape.Questions; n++)
            study.Questions.Add(new SynthQuestion(n, $"Hvordan {Text.LongTitle().ToLowerInvariant()}?", Text.Paragraph(2, 4)));
    }

    private void AddCoding(SyntheticStudy study)
    {
        for (var d = 0; d < study.Shape.Dimensions; d++)
        {
            var title = Text.LongTitle();
            study.Dimensions.Add(new SynthDimension
            {
                Id = _codingIds.Claim(title), Title = title, Chapter = 4 + d, Question = d % study.Shape.Questions + 1, Table = d + 2,
            });
        }
        for (var t = 0; t < study.Shape.Themes; t++)
        {
            var dimension = study.Dimensions[t % study.Dimensions.Count];
            var title = Text.Title();
            dimension.Themes.Add(new SynthTheme
            {
                Id = _codingIds.Claim(title), Title = title, Dimension = dimension, Section = $"{dimension.Chapter}.{dimension.Themes.Count + 1}",
            });
        }
    }

    private void AddQuotes(SyntheticStudy study)
    {
        var themes = study.Themes.ToList();
        var byTheme = themes.ToDictionary(t => t, _ => new List<SynthQuote>());
        var pseudonyms = study.Informants.Where(i => i.Pseudonym).ToList();
        var anonymous = study.Informants.Where(i => !i.Pseudonym).ToList();
        var ids = new UniqueIds();
        for (var i = 0; i < study.Shape.Quotes; i++)
        {
            var theme = i < themes.Count ? themes[i] : _random.Pick(themes);
            var speaker = _random.Chance(0.8) ? _random.Pick(pseudonyms) : _random.Pick(anonymous);
            var text = Text.Spoken();
            var keyWords = _random.PickDistinct(NorwegianText.KeyWords(text).Distinct().ToList(), 2);
            byTheme[theme].Add(new SynthQuote
            {
                Id = ids.Claim(string.Join(' ', keyWords.Prepend(speaker.Id))),
                Text = text,
                Speaker = speaker,
                Theme = theme,
                Table = _random.Chance(0.15) ? theme.Dimension.Table : null,
                CaseId = speaker.CaseId is null && _random.Chance(0.5) ? _random.Pick(study.Cases).Id : null,
                Inline = _random.Chance(0.5),
            });
        }
        // The data lists quotes in the order the chapters first show them: chapter, theme, subsection.
        foreach (var dimension in study.Dimensions)
        {
            foreach (var theme in dimension.Themes)
            {
                var list = byTheme[theme];
                for (var start = 0; start < list.Count;)
                {
                    var count = Math.Min(list.Count - start, _random.Between(8, 16));
                    var subsection = new SynthSubsection($"{theme.Section}.{theme.Subsections.Count + 1}", Text.Title(), list.GetRange(start, count));
                    theme.Subsections.Add(subsection);
                    study.Quotes.AddRange(subsection.Quotes);
                    start += count;
                }
            }
            // Every dimension's table of representative quotes has at least one row.
            var first = dimension.Themes.SelectMany(t => byTheme[t]).First();
            if (!dimension.Themes.SelectMany(t => byTheme[t]).Any(q => q.Table is not null)) first.Table = dimension.Table;
        }
    }

    private void AddConcepts(SyntheticStudy study)
    {
        var names = _random.PickDistinct(NorwegianText.ConceptNames, study.Shape.Concepts);
        var sections = Math.Clamp((names.Count + 3) / 4, 2, 40);
        var perSection = (names.Count + sections - 1) / sections;
        for (var s = 0; s * perSection < names.Count; s++)
            study.TheorySections.Add(($"2.{s + 1}", Text.Title(), new List<SynthConcept>()));
        var ids = new UniqueIds();
        for (var k = 0; k < names.Count; k++)
        {
            var works = _random.PickDistinct(study.Works, _random.Between(1, 2));
            var concept = new SynthConcept
            {
                Id = ids.Claim(names[k].Name),
                Name = names[k].Name,
                NameEn = names[k].NameEn,
                Definition = $"{names[k].Name} forstås her slik at {Text.Sentence().TrimEnd('.').ToLowerInvariant()} ({string.Join("; ", works.Select(w => $"{w.CiteAs}, {w.Year}"))}).",
                Section = study.TheorySections[k / perSection].Number,
                Works = works,
            };
            study.Concepts.Add(concept);
            study.TheorySections[k / perSection].Concepts.Add(concept);
        }
        foreach (var concept in study.Concepts)
            concept.Related.AddRange(_random.PickDistinct(study.Concepts, _random.Between(0, 3)).Where(r => r != concept));
    }

    private void AddFindings(SyntheticStudy study)
    {
        var position = new Dictionary<SynthQuote, int>();
        for (var i = 0; i < study.Quotes.Count; i++) position[study.Quotes[i]] = i;
        var subsectionOf = study.Themes.SelectMany(t => t.Subsections).SelectMany(s => s.Quotes.Select(q => (q, s))).ToDictionary(p => p.q, p => p.s);
        var ids = new UniqueIds();
        var drawn = new List<(SynthFinding Finding, int Position)>();
        for (var f = 0; f < study.Shape.Findings; f++)
        {
            // Findings fall where the quotes are: a busy theme has more of them.
            var anchor = _random.Pick(study.Quotes);
            var subsection = subsectionOf[anchor];
            var evidence = _random.PickDistinct(subsection.Quotes, _random.Between(1, 3)).OrderBy(q => position[q]).ToList();
            var themes = new List<SynthTheme> { anchor.Theme };
            var others = anchor.Theme.Dimension.Themes.Where(t => t != anchor.Theme).ToList();
            if (others.Count > 0 && _random.Chance(0.25)) themes.Add(_random.Pick(others));
            var caseIds = evidence.Select(q => q.CaseId ?? q.Speaker.CaseId).OfType<string>().Distinct().ToList();
            if (caseIds.Count == 0) caseIds.Add(_random.Pick(study.Cases).Id);
            var documents = _random.Chance(0.3) ? _random.PickDistinct(study.Documents.Where(d => caseIds.Contains(d.CaseId!)).ToList(), 1) : new List<SynthWork>();
            var title = Text.LongTitle();
            var finding = new SynthFinding
            {
                Id = ids.Claim(string.Join(' ', title.Split(' ').Take(5))),
                Title = title,
                Statement = Text.Paragraph(1, 3),
                Section = subsection.Number,
                Question = anchor.Theme.Dimension.Question,
                Themes = themes,
                CaseIds = caseIds,
                Concepts = _random.PickDistinct(study.Concepts, _random.Between(0, 2)),
                Quotes = evidence,
                Documents = documents,
            };
            drawn.Add((finding, position[evidence[0]]));
        }
        study.Findings.AddRange(drawn.OrderBy(d => d.Position).Select(d => d.Finding));
    }
}
