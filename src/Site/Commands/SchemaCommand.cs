using System.CommandLine;
using Site.Generator.Loading;

namespace Site.Commands;

public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Where the JSON Schema files go", DefaultValueFactory = _ => "input/schema" };
        var command = new Command("schema", "Write the JSON Schema of the study format (for editors), generated from the model.");
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var directory = result.GetValue(output)!;
            var files = SchemaWriter.WriteAll(directory);
            Console.WriteLine($"Wrote {files.Count} schema files to {directory}");
            return 0;
        });
        return command;
    }
}
