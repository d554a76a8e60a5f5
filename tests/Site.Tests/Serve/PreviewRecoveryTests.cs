using Site.Commands;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// The preview reflects the input as it is now: restoring a broken file byte for byte clears the error overlay, and
/// an output folder deleted while serving is written again on the next request.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class PreviewRecoveryTests
{
    [Fact]
    public void Restoring_a_broken_file_byte_for_byte_builds_again_and_clears_the_error()
    {
        using var study = new StudyCopy();
        var options = study.Options();
        var server = new DevServer(options.OutputDirectory, 0, new NetlifyHeaders());
        using var loop = new RebuildLoop(options, server);
        Assert.True(loop.BuildOnce());
        var good = File.ReadAllBytes(study.PathOf("quotes/2-1.yml"));

        study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: nobody");
        Assert.False(loop.Rebuild());
        Assert.Contains("I04", server.LastError);

        File.WriteAllBytes(study.PathOf("quotes/2-1.yml"), good);
        Assert.True(loop.Rebuild(), "the restored input was not built again");
        Assert.Null(server.LastError);
    }

    [Fact]
    public async Task An_output_folder_deleted_while_serving_is_written_again()
    {
        using var study = new StudyCopy();
        var options = study.Options() with { DevelopmentScript = DevServer.ScriptPath };
        var server = new DevServer(options.OutputDirectory, ServedSite.FreePort(), new NetlifyHeaders());
        using var loop = new RebuildLoop(options, server);
        Assert.True(loop.BuildOnce());
        loop.Start();
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        try
        {
            await ServedSite.WaitUntilUp(server.Url);
            Directory.Delete(options.OutputDirectory, recursive: true);

            using var http = new HttpClient();
            var page = await http.GetAsync(server.Url + "/sitater/lise-moter/");
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            var home = await http.GetAsync(server.Url + "/");
            Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
            Assert.True(File.Exists(Path.Combine(options.OutputDirectory, "om", "index.html")), "only part of the site was written again");
        }
        finally
        {
            stop.Cancel();
            await running;
        }
    }
}
