using System.CommandLine;
using Site.Generator.Interchange;

namespace Site.Commands;

/// <summary><c>site export DIR --qdpx FILE</c> (and/or <c>--qdc FILE</c>): the study as a REFI-QDA project or codebook.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study's folder", DefaultValueFactory = _ => "input" };
        var qdpx = new Option<string?>("--qdpx") { Description = "Write the project (codebook, source texts, coded quotes, speakers and cases) to this .qdpx file" };
        var qdc = new Option<string?>("--qdc") { Description = "Write the codebook to this .qdc file" };
        var command = new Command("export", "Export the study as a REFI-QDA project (.qdpx) or codebook (.qdc), for QDA tools.");
        command.Arguments.Add(study);
        command.Options.Add(qdpx);
        command.Options.Add(qdc);
        command.SetAction(result =>
        {
            if (result.GetValue(qdpx) is null && result.GetValue(qdc) is null)
            {
                Console.Error.WriteLine("error: say where to write: --qdpx FILE, --qdc FILE, or both");
                return 2;
            }
            try
            {
                var read = StudyExporter.Read(result.GetValue(study)!);
                Reporter.Diagnostics(read.Diagnostics);
                if (read.Project is not { } project)
                {
                    Console.Error.WriteLine("Export failed: the study has errors. Nothing was written.");
                    return 1;
                }
                foreach (var warning in read.Warnings) Console.Error.WriteLine("warning: " + warning);
                if (result.GetValue(qdpx) is { } projectFile) StudyExporter.WriteProject(project, projectFile);
                if (result.GetValue(qdc) is { } codebookFile) StudyExporter.WriteCodebook(project, codebookFile);
                Console.WriteLine($"Exported {project.AllCodes.Count()} codes, {project.TextSources.Sum(s => s.Selections.Count)} quotes in {project.TextSources.Count} source texts, {project.Cases.Count} cases (speakers and cases).");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
