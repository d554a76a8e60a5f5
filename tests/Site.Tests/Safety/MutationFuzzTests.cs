using CsCheck;
using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// Property: whatever an author's slip does to a valid study file, the build either succeeds or fails with
/// diagnostics that point into the input: never an unhandled exception, never a hang, and the previous output
/// untouched on failure.
/// </summary>
public sealed class MutationFuzzTests
{
    private static readonly string[] Files = ["quotes/2-1.yml", "findings/2.yml", "coding.yml", "cases.yml", "study.yml", "informants.yml", "chapters/2-funn.md"];

    private const string Punctuation = ":- \n\"'[]{#*&|>\tø\\";

    // Small edits of the kinds people make: delete, duplicate or swap a span, insert punctuation YAML cares about.
    private static readonly Gen<(int File, int Kind, double Where, int Length, char Insert)> Mutation =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[1, 12], Gen.Int[0, Punctuation.Length - 1].Select(i => Punctuation[i]));

    [Fact]
    public void Build_only_succeeds_or_fails_with_diagnostics()
    {
        using var study = new StudyCopy();
        new SiteBuilder(study.Options()).Build();
        var original = Files.ToDictionary(f => f, f => File.ReadAllText(study.PathOf(f)));
        var goodIndex = File.ReadAllText(Path.Combine(study.Output, "index.html"));

        Mutation.Sample(m =>
        {
            var (fileIndex, kind, where, length, insert) = m;
            var name = Files[fileIndex];
            var text = original[name];
            var at = (int)(where * (text.Length - 1));
            length = Math.Min(length, text.Length - at);
            var mutated = kind switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, text.Substring(at, length)),
                2 => text.Insert(at, insert.ToString()),
                _ => text.Remove(at, length).Insert(Math.Min(text.Length - length, at / 2), text.Substring(at, length)),
            };
            File.WriteAllText(study.PathOf(name), mutated);
            try
            {
                var build = Task.Run(() => new SiteBuilder(study.Options()).Build());
                if (!build.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException($"the build hung after mutating {name}");
                goodIndex = File.ReadAllText(Path.Combine(study.Output, "index.html"));
            }
            catch (AggregateException e) when (e.InnerException is BuildFailedException failed)
            {
                Assert.NotEmpty(failed.Diagnostics);
                Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error && d.Location.File.StartsWith("input/", StringComparison.Ordinal));
                Assert.Equal(goodIndex, File.ReadAllText(Path.Combine(study.Output, "index.html")));
            }
            finally
            {
                File.WriteAllText(study.PathOf(name), text);
            }
        }, iter: 40, threads: 1, seed: "0N0XIzNsQ0O2");
    }
}
