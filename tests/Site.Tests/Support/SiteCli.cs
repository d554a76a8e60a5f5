using System.Diagnostics;

namespace Site.Tests.Support;

/// <summary>
/// The real command line (site.dll beside the tests), or another program of the solution, run as a child process, as
/// an author or CI runs it.
/// </summary>
public static class SiteCli
{
    public sealed record Result(int Code, string Out, string Error);

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, string program = "site.dll")
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    public static Result Run(string workingDirectory, params string[] arguments) => RunProgram("site.dll", workingDirectory, arguments);

    /// <param name="program">A program built beside the tests, e.g. synthetic-study.dll.</param>
    public static Result RunProgram(string program, string workingDirectory, params string[] arguments) =>
        RunProgram(program, workingDirectory, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for the child process, e.g. a memory limit of the runtime.</param>
    public static Result RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments, program);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
