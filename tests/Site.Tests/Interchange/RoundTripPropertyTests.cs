using CsCheck;
using Site.Generator.Diagnostics;
using Site.Generator.Interchange;

namespace Site.Tests.Interchange;

/// <summary>
/// For any project (texts with letters outside the Basic Multilingual Plane, nested codes, selections anywhere):
/// written as .qdpx and read back, then imported, every coded selection becomes a quote that is exactly its text
/// between the code-point positions, with exactly its codes; and writing what was read gives the same archive.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class RoundTripPropertyTests
{
    private static readonly string[] Words = ["kommune", "innovasjon", "æøå", "skole", "😊", "𝔘nicode", "日本", "lærer", "-", "(…)", "«sitat»"];

    private static readonly Gen<string> Text = Gen.Select(Gen.Int[0, Words.Length - 1], Gen.Int[0, 2])
        .Select((w, gap) => Words[w] + (gap == 0 ? " " : gap == 1 ? "\n" : ", ")).Array[20, 60].Select(string.Concat);

    private static readonly Gen<QdaProject> Project =
        Gen.Select(Text.Array[1, 3], Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).Select((texts, tops, children, seed) =>
        {
            var random = new Random(seed);
            var n = 0;
            string G() => StableGuid.For("test", (n++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var codes = Enumerable.Range(0, tops).Select(t => new QdaCode
            {
                Guid = G(), Name = $"Kode {t} æ",
                Children = Enumerable.Range(0, children).Select(c => new QdaCode { Guid = G(), Name = $"Kode {t}.{c}" }).ToList(),
            }).ToList();
            var all = codes.SelectMany(c => c.SelfAndDescendants).ToList();
            var sources = texts.Select((text, i) =>
            {
                var length = CodePoints.Count(text);
                var selections = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                {
                    var start = random.Next(0, length);
                    return new QdaSelection
                    {
                        Guid = G(), Start = start, End = random.Next(start, length + 1),
                        CodeGuids = all.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).Select(c => c.Guid).ToList(),
                    };
                }).ToList();
                return new QdaTextSource { Guid = G(), Name = $"Intervju {i}", Text = text, Selections = selections };
            }).ToList();
            return new QdaProject { Name = "Egenskapstest", Codes = codes, TextSources = sources };
        });

    [Fact]
    public void Quotes_are_their_selected_text_in_code_points_with_their_codes_and_the_archive_round_trips()
    {
        Project.Sample(project =>
        {
            using var temp = new TempFolder();
            using (var file = File.Create(temp["p.qdpx"])) QdpxWriter.Write(project, file);
            var diagnostics = new DiagnosticBag();
            var read = QdaReader.Read(temp["p.qdpx"], "p.qdpx", diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            Assert.Empty(QdaFixtures.SchemaErrors(QdaFixtures.Entry(temp["p.qdpx"], "project.qde")));

            var draft = new ProjectToStudy(read!, new ImportOptions(), new IdMap(), ImportLocale.Norwegian).Map();
            var names = project.SelectAllCodes().ToDictionary(c => c.Guid, c => c.Name, StringComparer.Ordinal);
            var titles = draft.AllCodes.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
            var expected = project.TextSources.SelectMany(s => s.Selections.OrderBy(x => x.Start).ThenBy(x => x.End)
                    .Select(x => (Text: CodePoints.Slice(s.Text!, x.Start, x.End)!.Trim(), Codes: x.CodeGuids.Select(g => names[g]).Distinct().ToList())))
                .Where(q => q.Codes.Count > 0 && q.Text.Length > 0).ToList();
            Assert.Equal(expected.Select(q => q.Text), draft.Quotes.Select(q => q.Text));
            Assert.Equal(expected.Select(q => string.Join("|", q.Codes)), draft.Quotes.Select(q => string.Join("|", q.CodeIds.Select(id => titles[id]))));

            using (var again = File.Create(temp["q.qdpx"])) QdpxWriter.Write(read!, again);
            Assert.Equal(File.ReadAllBytes(temp["p.qdpx"]), File.ReadAllBytes(temp["q.qdpx"]));
        }, iter: 60);
    }
}

internal static class ProjectExtensions
{
    public static IEnumerable<QdaCode> SelectAllCodes(this QdaProject project) => project.AllCodes;
}
