using System.CommandLine;
using Site.Synthetic;

// synthetic-study --quotes N --output DIR [--seed S]. Exit codes: 0 written, 1 refused or failed, 2 usage error.
var command = GenerateStudyCommand.Create();
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    return 2;
}
return await parsed.InvokeAsync();
