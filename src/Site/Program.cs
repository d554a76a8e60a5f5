using System.CommandLine;
using Site.Commands;
using Site.Serve;

// The command line: build, serve, check. Exit codes: 0 success, 1 invalid input or failed build, 2 usage error.
var root = new RootCommand("Builds a research study (YAML and Markdown in input/) into a static website, with the theme in theme/.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'site --help' for usage.");
    return 2;
}
return await parsed.InvokeAsync();
