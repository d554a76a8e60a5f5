using System.CommandLine;
using Site.Generator.Build;

namespace Site.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("check", "Validate the study and the theme, render every page, write nothing.");
        options.AddTo(command);
        command.SetAction(result => Reporter.Run(() => new SiteBuilder(options.Read(result, defaultBaseUrl: null)).Check(), "Checked"));
        return command;
    }
}
