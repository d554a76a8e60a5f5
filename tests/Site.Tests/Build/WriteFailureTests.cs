using Site.Generator.Output;

namespace Site.Tests.Build;

/// <summary>
/// A failed write says what happened and what to do: a full disk is not reported as a clash of two pages. The
/// failure is a real one: /dev/full answers every write with ENOSPC, as a full disk does.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class WriteFailureTests
{
    [Fact]
    public void A_full_disk_is_said_to_be_full()
    {
        Assert.True(File.Exists("/dev/full"), "this test needs Linux's /dev/full");
        var error = Assert.ThrowsAny<IOException>(() =>
        {
            using var stream = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            stream.Write(new byte[64 * 1024]);
            stream.Flush();
        });
        var said = WriteFailure.Of(error, "sitater/x/index.html", "output").Message;
        Assert.StartsWith("The disk is full: could not write sitater/x/index.html into output.", said);
        Assert.Contains("Free some space", said);
    }

    [Fact]
    public void Another_failure_keeps_the_systems_words_and_names_the_file()
    {
        var error = Assert.ThrowsAny<IOException>(() => File.WriteAllText(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "a.html"), ""));
        var said = WriteFailure.Of(error, "a.html", "output").Message;
        Assert.StartsWith("Could not write a.html into output: ", said);
        Assert.Contains(error.Message, said);
    }
}
