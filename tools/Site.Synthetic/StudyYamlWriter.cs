using System.Text;
using static Site.Synthetic.YamlText;

namespace Site.Synthetic;

/// <summary>Writes the structured data of a synthetic study in the format of input/README.md.</summary>
public sealed class StudyYamlWriter(SyntheticStudy study, string directory)
{
    public void WriteAll()
    {
        Write("study.yml", StudyFile());
        Write("cases.yml", CasesFile());
        Write("informants.yml", Items(study.Informants, i => [
            $"- id: {i.Id}", $"  name: {Quote(i.Name)}", $"  kind: {(i.Pseudonym ? "pseudonym" : "anonymous")}",
            .. i.CaseId is null ? Array.Empty<string>() : [$"  case: {i.CaseId}"],
        ]));
        Write("coding.yml", CodingFile());
        Write("works.yml", Items(study.Works, w => [$"- id: {w.Id}", $"  cite_as: {Quote(w.CiteAs)}", $"  year: {Quote(w.Year)}"]));
        Write("documents.yml", Items(study.Documents, d => [
            $"- id: {d.Id}", $"  cite_as: {Quote(d.CiteAs)}", $"  year: {Quote(d.Year)}", $"  case: {d.CaseId}",
            $"  description: {Quote($"Plandokument fra {d.CiteAs} ({d.Year}).")}",
        ]));
        Write("concepts.yml", Items(study.Concepts, c => [
            $"- id: {c.Id}", $"  name: {Quote(c.Name)}", $"  name_en: {Quote(c.NameEn)}", $"  definition: {Quote(c.Definition)}",
            $"  section: {Quote(c.Section)}", $"  works: {List(c.Works.Select(w => w.Id))}", $"  related: {List(c.Related.Select(r => r.Id))}",
        ]));
        WriteChunks("quotes", study.Quotes, StudyShape.QuotesPerFile, q => [
            $"- id: {q.Id}", $"  text: {Quote(q.Text)}", $"  speaker: {q.Speaker.Id}", $"  codes: [{q.Theme.Id}]",
            .. q.Table is { } table ? [$"  table: {Number(table)}"] : Array.Empty<string>(),
            .. q.CaseId is { } caseId ? [$"  case: {caseId}"] : Array.Empty<string>(),
        ]);
        WriteChunks("findings", study.Findings, StudyShape.FindingsPerFile, f => [
            $"- id: {f.Id}", $"  title: {Quote(f.Title)}", $"  statement: {Quote(f.Statement)}", $"  section: {Quote(f.Section)}",
            $"  question: {Number(f.Question)}", $"  codes: {List(f.Themes.Select(t => t.Id))}", $"  cases: {List(f.CaseIds)}",
            $"  concepts: {List(f.Concepts.Select(c => c.Id))}", $"  quotes: {List(f.Quotes.Select(q => q.Id))}",
            $"  documents: {List(f.Documents.Select(d => d.Id))}",
        ]);
    }

    /// <summary>The first names of the two authors and the supervisor, in that order (no pseudonym takes them).</summary>
    public static readonly string[] PeopleFirstNames = ["Kari", "Ola", "Per"];

    private string StudyFile()
    {
        var lines = new List<string>
        {
            $"title: {Quote($"Syntetisk studie med {study.Shape.Quotes} sitater")}",
            "publication:",
            "  type: masters-thesis",
            "  degree: \"Masteroppgave\"",
            "  programme: \"MBA i strategi og ledelse\"",
            "  institution: \"Syntetisk universitet\"",
            "year: 2024",
            "language: nb",
            "authors:",
            $"  - given: \"{PeopleFirstNames[0]}\"",
            "    family: \"Nordmann\"",
            $"  - given: \"{PeopleFirstNames[1]}\"",
            "    family: \"Nordmann\"",
            "supervisor:",
            $"  given: \"{PeopleFirstNames[2]}\"",
            "  family: \"Hansen\"",
            $"research_problem: {Quote("Hvordan jobber norske kommuner med innovasjon?")}",
            "research_questions:",
        };
        foreach (var q in study.Questions)
        {
            lines.Add($"  - number: {Number(q.Number)}");
            lines.Add($"    text: {Quote(q.Text)}");
            lines.Add($"    rationale: {Quote(q.Rationale)}");
            lines.Add($"    discussion_section: {Quote($"{study.DiscussionChapter}.{q.Number}")}");
        }
        lines.Add("main_finding:");
        lines.Add($"  summary: {Quote("Funn viser at kommunene jobber med innovasjon, og at arbeidet avhenger av to elementer.")}");
        lines.Add("  elements:");
        lines.Add("    - title: \"Individer\"");
        lines.Add($"      text: {Quote("(1) individer som vil jobbe med og støtte innovasjon.")}");
        lines.Add("    - title: \"Virkemidler\"");
        lines.Add($"      text: {Quote("(2) virkemidler som hjelper å styre innovasjonsprosessen.")}");
        lines.Add("case_term:");
        lines.Add("  singular: \"kommune\"");
        lines.Add("  plural: \"kommuner\"");
        return Join(lines);
    }

    private string CasesFile()
    {
        var lines = new List<string> { "cases:" };
        foreach (var c in study.Cases)
        {
            lines.Add($"  - id: {c.Id}");
            lines.Add($"    name: {Quote(c.Name)}");
            lines.Add($"    short_name: {Quote(c.ShortName)}");
        }
        lines.Add("comparison:");
        lines.Add($"  caption: {Quote("Tabell 1: Sammenligning av kommunene. Kilde: Egenprodusert.")}");
        lines.Add($"  columns: {List(study.Cases.Select(c => c.Id))}");
        lines.Add("  rows:");
        AddRow("Grunnlagt", c => Number(c.Founded));
        AddRow("Befolkning", c => c.Population.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = " " }));
        AddRow("Informanter", c => Number(study.Informants.Count(i => i.Pseudonym && i.CaseId == c.Id)));
        return Join(lines);

        void AddRow(string label, Func<SynthCase, string> value)
        {
            lines.Add($"    - label: {Quote(label)}");
            lines.Add($"      values: {{{string.Join(", ", study.Cases.Select(c => $"{c.Id}: {Quote(value(c))}"))}}}");
        }
    }

    private string CodingFile()
    {
        var lines = new List<string>
        {
            "method:", "  name: Gioia-metoden",
            "levels:",
            "  - { key: dimension, singular: aggregert dimensjon, plural: aggregerte dimensjoner, path: dimensjoner, param: dimensjon, anchor: dim, column: 3. ordens kode }",
            "  - { key: theme, singular: tema, plural: temaer, path: temaer, param: tema, anchor: tema, column: 2. ordens kode }",
            "codes:",
        };
        foreach (var d in study.Dimensions)
        {
            lines.Add($"  - id: {d.Id}");
            lines.Add($"    title: {Quote(d.Title)}");
            lines.Add($"    section: {Quote(Number(d.Chapter))}");
            lines.Add($"    question: {Number(d.Question)}");
            lines.Add($"    table: {Number(d.Table)}");
            lines.Add($"    table_caption: {Quote($"Tabell {d.Table}: Representative sitater om {d.Title.ToLowerInvariant()}. Kilde: Egenprodusert.")}");
            lines.Add("    codes:");
            foreach (var t in d.Themes)
            {
                lines.Add($"      - id: {t.Id}");
                lines.Add($"        title: {Quote(t.Title)}");
                lines.Add($"        section: {Quote(t.Section)}");
            }
        }
        return Join(lines);
    }

    private static string Items<T>(IEnumerable<T> items, Func<T, string[]> lines) => Join(items.SelectMany(lines));

    /// <summary>Long lists go into numbered files of a fixed size, read back in name order.</summary>
    private void WriteChunks<T>(string folder, IReadOnlyList<T> items, int size, Func<T, string[]> lines)
    {
        Directory.CreateDirectory(Path.Combine(directory, folder));
        for (var start = 0; start < items.Count; start += size)
            Write(Path.Combine(folder, $"{start / size + 1:D3}.yml"), Items(items.Skip(start).Take(size), lines));
    }

    private static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines) builder.Append(line).Append('\n');
        return builder.ToString();
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(directory, relative), text, new UTF8Encoding(false));
}
