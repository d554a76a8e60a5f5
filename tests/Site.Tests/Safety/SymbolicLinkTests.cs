using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Safety;

/// <summary>
/// A symbolic link in the study or the theme to a file elsewhere is refused with the file named, never read and
/// published: a co-author's or an import's folder may hold one to /etc/passwd or a private key.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class SymbolicLinkTests
{
    private const string Secret = "secret-words-from-outside-the-study";

    private static Diagnostic Refused(StudyCopy study, string display)
    {
        var failed = Assert.Throws<BuildFailedException>(() => new SiteBuilder(study.Options()).Build());
        Assert.False(Directory.Exists(study.Output) && Directory.EnumerateFiles(study.Output, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal)), "the linked file was published");
        return Assert.Single(failed.Diagnostics, d => d.Code == "IO003" && d.Location.File.EndsWith(display, StringComparison.Ordinal));
    }

    private static string Outside(TempFolder folder, string name, string text)
    {
        File.WriteAllText(folder[name], text);
        return folder[name];
    }

    [Fact]
    public void A_quote_file_that_links_outside_the_study_is_refused()
    {
        using var study = new StudyCopy();
        using var elsewhere = new TempFolder();
        var quotes = File.ReadAllText(study.PathOf("quotes/2-1.yml"));
        File.Delete(study.PathOf("quotes/2-1.yml"));
        File.CreateSymbolicLink(study.PathOf("quotes/2-1.yml"), Outside(elsewhere, "2-1.yml", quotes.Replace("Alle deler alt", Secret)));
        Refused(study, "quotes/2-1.yml");
    }

    [Fact]
    public void A_chapters_folder_that_links_outside_the_study_is_refused()
    {
        using var study = new StudyCopy();
        using var elsewhere = new TempFolder();
        StudyCopy.CopyDirectory(study.PathOf("chapters"), elsewhere["chapters"]);
        File.AppendAllText(Path.Combine(elsewhere["chapters"], "1-innledning.md"), "\n" + Secret + "\n");
        Directory.Delete(study.PathOf("chapters"), recursive: true);
        Directory.CreateSymbolicLink(study.PathOf("chapters"), elsewhere["chapters"]);
        Refused(study, "chapters/1-innledning.md");
    }

    [Fact]
    public void A_theme_asset_that_links_outside_the_theme_is_refused()
    {
        using var study = new StudyCopy(copyTheme: true);
        using var elsewhere = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(study.Theme, "assets", "passwd.txt"), Outside(elsewhere, "passwd", Secret));
        Refused(study, "assets/passwd.txt");
    }

    [Fact]
    public void A_link_to_a_file_inside_the_study_and_a_study_reached_through_a_link_build()
    {
        using var study = new StudyCopy();
        Directory.CreateDirectory(study.PathOf("drafts"));
        File.Move(study.PathOf("chapters/1-innledning.md"), study.PathOf("drafts/1-innledning.md"));
        File.CreateSymbolicLink(study.PathOf("chapters/1-innledning.md"), Path.Combine("..", "drafts", "1-innledning.md"));
        using var links = new TempFolder();
        Directory.CreateSymbolicLink(links["study"], study.Input);
        new SiteBuilder(study.Options() with { InputDirectory = links["study"] }).Build();
        Assert.True(File.Exists(Path.Combine(study.Output, "index.html")));
    }
}
