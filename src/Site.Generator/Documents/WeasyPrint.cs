using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Site.Generator.Diagnostics;

namespace Site.Generator.Documents;

/// <summary>
/// Typesets an HTML document to PDF with WeasyPrint (HTML and CSS Paged Media; see the README's "The PDF and the
/// EPUB"). The same HTML gives the same bytes: the PDF's identifier is a hash of the HTML and no date is written.
/// A missing WeasyPrint fails the build with the command that installs it, never a PDF silently left out.
/// </summary>
public static class WeasyPrint
{
    public const string Install = "sudo apt-get install -y weasyprint hyphen-no (Debian/Ubuntu), or pip install weasyprint==57.2; or build with --no-pdf";

    /// <param name="folder">A scratch folder holding what the HTML refers to (its images).</param>
    public static byte[]? Render(string html, string stylesheet, string folder, SourceLocation at, DiagnosticBag diagnostics, CancellationToken cancel = default)
    {
        var input = Path.Combine(folder, "document.html");
        var output = Path.Combine(folder, "document.pdf");
        File.WriteAllText(input, html, new UTF8Encoding(false));
        var identifier = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html + File.ReadAllText(stylesheet))))[..32];
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "--quiet", "--pdf-variant", "pdf/ua-1", "--pdf-identifier", identifier, "--stylesheet", stylesheet, "--base-url", folder + "/", input, output },
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = "0";
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(at, "DOC01", "the PDF needs WeasyPrint, which is not installed", Install);
            return null;
        }
        using (process)
        using (cancel.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }))
        {
            var errors = process.StandardError.ReadToEndAsync(cancel);
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            cancel.ThrowIfCancellationRequested();
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                diagnostics.Error(at, "DOC02", $"WeasyPrint failed (exit code {process.ExitCode}): {errors.GetAwaiter().GetResult().Trim()}", "run the build with --no-pdf to build the site without the PDF");
                return null;
            }
            return File.ReadAllBytes(output);
        }
    }

    /// <summary>The WeasyPrint command: $WEASYPRINT when set, else weasyprint on the PATH.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("WEASYPRINT") is { Length: > 0 } path ? path : "weasyprint";
}
