using System.CommandLine;
using Site.Generator.Loading;

namespace Site.Commands;

/// <summary>
/// <c>site new DIR</c>: a small study that builds at once, copied from the theme's starters
/// (<c>theme/starters/{method}-{language}/</c>), with comments that teach the format and its JSON Schemas.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("folder") { Description = "The new study's folder (new or empty)" };
        var language = new Option<string>("--language") { Description = "The language of the study's text and site, e.g. en", DefaultValueFactory = _ => "en" };
        var method = new Option<string>("--method") { Description = "How it is coded: thematic (themes and codes), gioia (dimensions and themes) or flat (one level of codes)", DefaultValueFactory = _ => "thematic" };
        var theme = new Option<string>("--theme") { Description = "The theme whose starters are used", DefaultValueFactory = _ => "theme" };
        var command = new Command("new", "Write a small study that builds at once, to start from.");
        command.Arguments.Add(directory);
        command.Options.Add(language);
        command.Options.Add(method);
        command.Options.Add(theme);
        command.SetAction(result =>
        {
            var target = Path.GetFullPath(result.GetValue(directory)!);
            var starters = Path.Combine(result.GetValue(theme)!, "starters");
            var name = $"{result.GetValue(method)}-{result.GetValue(language)}";
            var starter = Path.Combine(starters, name);
            if (!Directory.Exists(starter))
            {
                var known = Directory.Exists(starters) ? Directory.GetDirectories(starters).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [];
                Console.Error.WriteLine($"error: the theme has no starter '{name}'");
                Console.Error.WriteLine($"  hint: starters: {string.Join(", ", known)} (--method and --language)");
                return 2;
            }
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                Console.Error.WriteLine($"error: {target} is not empty; a new study needs a new or empty folder");
                return 2;
            }
            foreach (var file in Directory.GetFiles(starter, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(starter, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
            SchemaWriter.WriteAll(Path.Combine(target, "schema"));
            Console.WriteLine($"Wrote a new study ({name}) to {target}");
            Console.WriteLine($"Preview it: dotnet run --project src/Site -- serve --input {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}");
            return 0;
        });
        return command;
    }
}
