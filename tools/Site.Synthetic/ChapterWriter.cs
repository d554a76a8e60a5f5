using System.Text;

namespace Site.Synthetic;

/// <summary>
/// Writes the running text of a synthetic study: front matter, introduction, theory (defining the concepts),
/// method, one analysis chapter per dimension (a section per theme, subsections quoting every quote once with
/// <c>:quote</c> or <c>::quote</c>, a table of representative quotes), discussion, conclusion and an appendix.
/// The prose cites works and documents in the forms works.yml and documents.yml declare, and links by id.
/// </summary>
public sealed class ChapterWriter(SyntheticStudy study, string directory, SeededRandom random)
{
    private readonly NorwegianText _text = new(random);

    public void WriteAll()
    {
        Directory.CreateDirectory(Path.Combine(directory, "chapters"));
        Write("00-sammendrag.md", Front("front", null, "Sammendrag", "sammendrag"), Paragraphs(3));
        Write("01-innledning.md", Front("chapter", 1, "Innledning"), Introduction());
        Write("02-teoretisk-rammeverk.md", Front("chapter", 2, "Teoretisk rammeverk"), Theory());
        Write("03-metode.md", Front("chapter", 3, "Metode og gjennomføring"), Method());
        foreach (var dimension in study.Dimensions)
            Write($"{dimension.Chapter:D2}-analyse.md", Front("chapter", dimension.Chapter, dimension.Title), Analysis(dimension));
        Write($"{study.DiscussionChapter:D2}-diskusjon.md", Front("chapter", study.DiscussionChapter, "Refleksjon og diskusjon"), Discussion());
        Write($"{study.ConclusionChapter:D2}-konklusjon.md", Front("chapter", study.ConclusionChapter, "Konklusjon"), Conclusion());
        Write("vedlegg-1-intervjuguide.md", Front("appendix", 1, "Intervjuguide"), InterviewGuide());
    }

    private static string Front(string kind, int? number, string title, string? slug = null)
    {
        var lines = new List<string> { "---", $"kind: {kind}" };
        if (number is { } n) lines.Add($"number: {n}");
        lines.Add($"title: {YamlText.Quote(title)}");
        if (slug is not null) lines.Add($"slug: {slug}");
        lines.Add("---");
        return string.Join('\n', lines) + "\n";
    }

    private string Introduction()
    {
        var text = new StringBuilder();
        Heading(text, 2, "1.1", "Bakgrunn for oppgaven");
        text.Append(Paragraph(Cite(study.Works[0]))).Append(Paragraph());
        Heading(text, 2, "1.2", "Problemstilling og forskningsspørsmål");
        text.Append(Paragraph());
        foreach (var q in study.Questions) text.Append($"- [Forskningsspørsmål {q.Number}](question:{q.Number}): {q.Text}\n");
        text.Append('\n');
        Heading(text, 2, "1.3", "Oppgavens oppbygging");
        foreach (var number in Enumerable.Range(2, study.ConclusionChapter - 1))
            text.Append($"[Kapittel {number}](chapter:{number}) {Lower(_text.Sentence())}\n\n");
        return text.ToString();
    }

    private string Theory()
    {
        var text = new StringBuilder(Paragraph());
        foreach (var (number, title, concepts) in study.TheorySections)
        {
            Heading(text, 2, number, title);
            foreach (var concept in concepts)
                text.Append(Paragraph($"[{concept.Name}](concept:{concept.Id}){concept.Definition[concept.Name.Length..]}"));
        }
        // Every work is cited somewhere in the text, as in a thesis with a reference list.
        Heading(text, 2, $"2.{study.TheorySections.Count + 1}", "Tidligere forskning");
        foreach (var batch in study.Works.Chunk(4))
            text.Append(Paragraph($"{_text.Sentence().TrimEnd('.')} ({string.Join("; ", batch.Select(w => $"{w.CiteAs}, {w.Year}"))}).", extra: 1));
        return text.ToString();
    }

    private string Method()
    {
        var text = new StringBuilder(Paragraph());
        Heading(text, 2, "3.1", "Forskningsdesign");
        text.Append(Paragraph()).Append(Paragraph());
        Heading(text, 2, "3.2", "Utvalg");
        text.Append(Paragraph(string.Join(", ", study.Cases.Select(c => $"[{c.ShortName}](case:{c.Id})")) + " er valgt som kommuner i studien."));
        text.Append("::case-table\n\n");
        var pseudonyms = study.Informants.Where(i => i.Pseudonym).Take(12).Select(i => $"[{i.Name}](informant:{i.Id})");
        text.Append(Paragraph($"Informantene omtales med pseudonymer, blant annet {string.Join(", ", pseudonyms)}."));
        Heading(text, 2, "3.3", "Dokumentstudier");
        foreach (var document in study.Documents) text.Append(Paragraph($"{_text.Sentence().TrimEnd('.')} {Cite(document)}."));
        Heading(text, 2, "3.4", "Koding og analyse");
        text.Append(Paragraph());
        foreach (var dimension in study.Dimensions)
            text.Append($"- [{dimension.Title}](code:{dimension.Id}): {string.Join(", ", dimension.Themes.Select(t => $"[{t.Title}](code:{t.Id})"))}\n");
        text.Append('\n');
        return text.ToString();
    }

    private string Analysis(SynthDimension dimension)
    {
        var text = new StringBuilder(Paragraph($"Dette kapittelet svarer på [forskningsspørsmål {dimension.Question}](question:{dimension.Question})."));
        foreach (var theme in dimension.Themes)
        {
            Heading(text, 2, theme.Section, theme.Title);
            text.Append(Paragraph());
            foreach (var subsection in theme.Subsections)
            {
                Heading(text, 3, subsection.Number, subsection.Title);
                text.Append(Paragraph());
                foreach (var quote in subsection.Quotes) AppendQuote(text, quote);
            }
        }
        Heading(text, 2, dimension.TableSection, "Representative sitater");
        text.Append(Paragraph()).Append($"::quote-table[{dimension.Id}]\n\n");
        return text.ToString();
    }

    private void AppendQuote(StringBuilder text, SynthQuote quote)
    {
        var lead = _text.Sentence();
        if (random.Chance(0.15)) lead = lead.TrimEnd('.') + " " + Cite(random.Pick(study.Works)) + ".";
        else if (random.Chance(0.05)) lead = lead.TrimEnd('.') + " " + Cite(random.Pick(study.Documents)) + ".";
        else if (random.Chance(0.1)) { var c = random.Pick(study.Concepts); lead += $" Dette kan forstås som [{Lower(c.Name)}](concept:{c.Id})."; }
        var speaker = quote.Speaker.Pseudonym && random.Chance(0.2) ? $"[{quote.Speaker.Name}](informant:{quote.Speaker.Id})" : quote.Speaker.Name;
        if (quote.Inline)
            text.Append($"{lead} {speaker} sier at :quote[{quote.Id}] ({quote.Speaker.Name}).\n\n");
        else
            text.Append($"{lead} {speaker} beskriver det slik:\n\n::quote[{quote.Id}]\n\n");
    }

    private string Discussion()
    {
        var text = new StringBuilder(Paragraph());
        foreach (var question in study.Questions)
        {
            Heading(text, 2, $"{study.DiscussionChapter}.{question.Number}", $"Forskningsspørsmål {question.Number}");
            text.Append(Paragraph($"[{question.Text}](question:{question.Number})"));
            foreach (var finding in study.Findings.Where(f => f.Question == question.Number).Take(12))
                text.Append(Paragraph($"Funnet [{Lower(finding.Title)}](finding:{finding.Id}) {Lower(_text.Sentence()).TrimEnd('.')} {Cite(random.Pick(study.Works))}."));
        }
        return text.ToString();
    }

    private string Conclusion()
    {
        var text = new StringBuilder(Paragraph());
        Heading(text, 2, $"{study.ConclusionChapter}.1", "Svar på problemstillingen");
        text.Append(Paragraph()).Append(Paragraph());
        Heading(text, 2, $"{study.ConclusionChapter}.2", "Videre forskning");
        text.Append(Paragraph());
        return text.ToString();
    }

    private string InterviewGuide()
    {
        var text = new StringBuilder(Paragraph());
        for (var i = 1; i <= 12; i++) text.Append($"{i}. {_text.Sentence().TrimEnd('.')}?\n");
        return text.Append('\n').ToString();
    }

    private static void Heading(StringBuilder text, int level, string number, string title) =>
        text.Append(new string('#', level)).Append(' ').Append(number).Append(' ').Append(title).Append("\n\n");

    private string Paragraph(string? first = null, int extra = 3) =>
        string.Join(' ', new[] { first }.OfType<string>().Concat(Enumerable.Range(0, random.Between(1, Math.Max(1, extra))).Select(_ => _text.Sentence()))) + "\n\n";

    private string Paragraphs(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => Paragraph()));

    private static string Cite(SynthWork work) => work.Parenthetical;

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private void Write(string name, string front, string body) =>
        File.WriteAllText(Path.Combine(directory, "chapters", name), front + body.TrimEnd('\n') + "\n", new UTF8Encoding(false));
}
