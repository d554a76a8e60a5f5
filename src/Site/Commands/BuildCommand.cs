using System.CommandLine;
using Site.Generator.Build;

namespace Site.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the site into the output folder (atomically: a failed build changes nothing).");
        options.AddTo(command);
        command.SetAction(result => Reporter.Run(() => new SiteBuilder(options.Read(result, "http://localhost:5080")).Build(), "Built"));
        return command;
    }
}
