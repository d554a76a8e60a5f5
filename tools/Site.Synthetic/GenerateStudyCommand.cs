using System.CommandLine;
using Site.Synthetic;

namespace Site.Synthetic;

/// <summary><c>synthetic-study</c>: writes a synthetic study of N quotes, for benchmarks and scale tests.</summary>
public static class GenerateStudyCommand
{
    public static RootCommand Create()
    {
        var quotes = new Option<int>("--quotes") { Description = "How many quotes the study has", Required = true };
        var output = new Option<string>("--output") { Description = "The folder to write the study into (new, empty, or written by synthetic-study before)", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "The same seed gives the same study", DefaultValueFactory = _ => 1 };
        var command = new RootCommand("Write a synthetic study (valid input, Norwegian-looking text) with N quotes, for measuring the build.");
        command.Options.Add(quotes);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction(result =>
        {
            var count = result.GetValue(quotes);
            if (count < 1)
            {
                Console.Error.WriteLine("error: --quotes must be at least 1");
                return 2;
            }
            var directory = result.GetValue(output)!;
            try
            {
                var study = SyntheticStudyGenerator.Generate(count, directory, result.GetValue(seed));
                Console.WriteLine($"Wrote a study of {study.Quotes.Count} quotes, {study.Findings.Count} findings, {study.Themes.Count()} themes, " +
                                  $"{study.Cases.Count} cases, {study.Informants.Count} speakers and {study.Concepts.Count} concepts to {directory}");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
