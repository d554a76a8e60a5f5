using System.Security.Cryptography;
using Site.Commands;
using Site.Generator.Build;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>
/// The preview renders again only the pages whose inputs changed and keeps the others' files; the site it leaves
/// must still be, byte for byte, the one a full build of the same input makes.
/// </summary>
public sealed class SelectiveRenderTests
{
    [Theory]
    [InlineData("tiny", 1)]
    [InlineData("tiny", 2)]
    [InlineData("thesis", 3)]
    [InlineData("synthetic", 4)]
    public void After_every_kind_of_edit_the_site_is_what_a_full_build_makes(string kind, int seed)
    {
        // A mid-size synthetic study (tools/Site.Synthetic): many quotes per file, many pages per theme and chunk.
        using var generated = new TempFolder();
        if (kind == "synthetic") Site.Synthetic.SyntheticStudyGenerator.Generate(SyntheticQuotes, generated["study"], (ulong)seed);
        using var study = new StudyCopy(kind switch { "thesis" => Repository.Input, "synthetic" => generated["study"], _ => null });
        using var loop = Serve(study);
        var editor = new StudyEditor(study, seed);
        foreach (var (edit, apply) in editor.All)
        {
            apply();
            var rebuilt = loop.Rebuild();
            using var full = FullBuild(study); // first: it reports what is wrong if the edit broke the study
            Assert.True(rebuilt, $"the rebuild after {edit} did nothing");
            AssertSameFiles(full["site"], study.Output, edit);
        }
    }

    /// <summary>Enough quotes that a file holds many and the explorer many chunks, few enough to stay quick.</summary>
    private const int SyntheticQuotes = 400;

    [Fact]
    public void A_change_to_the_theme_renders_every_page_again()
    {
        using var study = new StudyCopy(copyTheme: true);
        using var loop = Serve(study);
        var everyPage = loop.LastReport!.RenderedPages!;

        var strings = Path.Combine(study.Theme, "i18n", "nb.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("\nhome: Forside\n", "\nhome: Hjem\n", StringComparison.Ordinal));
        Assert.True(loop.Rebuild());

        Assert.Equal(everyPage, loop.LastReport!.RenderedPages!);
        AssertSameAsFullBuild(study, "an interface string");
    }

    [Fact]
    public void After_a_failed_rebuild_the_next_one_still_makes_the_site_a_full_build_makes()
    {
        using var study = new StudyCopy();
        using var loop = Serve(study);

        study.Replace("quotes/2-1.yml", "speaker: lise", "speaker: nobody");
        Assert.False(loop.Rebuild());
        study.Replace("quotes/2-1.yml", "speaker: nobody", "speaker: lise");
        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");
        Assert.True(loop.Rebuild());

        AssertSameAsFullBuild(study, "a failed rebuild and its fix");
    }

    [Fact]
    public void Editing_a_quote_renders_its_page_and_the_pages_that_show_it_and_no_other()
    {
        using var study = new StudyCopy();
        using var loop = Serve(study);
        var everyPage = loop.LastReport!.RenderedPages!;

        study.Replace("quotes/2-1.yml", "Vi møtes hver fredag", "Vi møtes hver onsdag");
        Assert.True(loop.Rebuild());

        var rendered = loop.LastReport!.RenderedPages!;
        Assert.Contains("sitater/lise-moter/index.html", rendered); // its own page
        Assert.Contains("temaer/moter/index.html", rendered);       // its theme lists it
        Assert.Contains("kapitler/2/index.html", rendered);         // the chapter quotes it
        Assert.Contains("informanter/lise/index.html", rendered);   // its speaker's page lists it
        Assert.DoesNotContain("begreper/laering/index.html", rendered); // a concept the quote has nothing to do with
        Assert.DoesNotContain("kapitler/1/index.html", rendered);      // a chapter without it
        Assert.DoesNotContain("kilder/index.html", rendered);
        Assert.InRange(rendered.Count, 4, everyPage.Count / 2);
    }

    [Fact]
    public void Editing_one_quote_of_the_thesis_renders_a_small_part_of_the_site()
    {
        using var study = new StudyCopy(Repository.Input);
        using var loop = Serve(study);
        var everyPage = loop.LastReport!.RenderedPages!;

        // Its last word dropped, the quote still stands word for word in the source text.
        study.Replace("quotes/4-1.yml", "text: \"Nye løsninger på samfunnsutfordringer\"", "text: \"Nye løsninger på\"");
        Assert.True(loop.Rebuild());

        var rendered = loop.LastReport!.RenderedPages!;
        Assert.Contains("sitater/anne-nye-losninger-samfunnsutfordringer/index.html", rendered);
        Assert.Contains("temaer/etablert-men-teoretisk-begrep/index.html", rendered);
        Assert.Contains("informanter/anne/index.html", rendered);
        Assert.DoesNotContain("begreper/dynamiske-kapabiliteter/index.html", rendered);
        Assert.DoesNotContain("kapitler/2/index.html", rendered);
        Assert.InRange(rendered.Count, 3, everyPage.Count / 10);
    }

    [Fact]
    public void An_edit_that_changes_nothing_a_page_shows_renders_no_page()
    {
        using var study = new StudyCopy();
        using var loop = Serve(study);

        File.AppendAllText(study.PathOf("quotes/2-1.yml"), "# a comment at the end\n");
        Assert.True(loop.Rebuild());

        Assert.Empty(loop.LastReport!.RenderedPages!);
    }

    /// <summary>The preview's loop, as the server runs it, after its first (full) build.</summary>
    private static RebuildLoop Serve(StudyCopy study)
    {
        var options = study.Options();
        var loop = new RebuildLoop(options, new DevServer(options.OutputDirectory, 0, new NetlifyHeaders()));
        Assert.True(loop.BuildOnce());
        return loop;
    }

    /// <summary>The same input built from scratch, into a folder of its own ("site").</summary>
    private static TempFolder FullBuild(StudyCopy study)
    {
        var full = new TempFolder();
        new SiteBuilder(study.Options() with { OutputDirectory = full["site"] }).Build();
        return full;
    }

    private static void AssertSameAsFullBuild(StudyCopy study, string edit)
    {
        using var full = FullBuild(study);
        AssertSameFiles(full["site"], study.Output, edit);
    }

    private static void AssertSameFiles(string expected, string actual, string edit)
    {
        var want = Files(expected);
        var have = Files(actual);
        var differing = want.Keys.Union(have.Keys).Where(f => want.GetValueOrDefault(f) != have.GetValueOrDefault(f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"after {edit}, {differing.Count} file(s) differ from a full build: {string.Join(", ", differing.Take(12))}");
    }

    private static Dictionary<string, string> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !Site.Generator.Search.Pagefind.IsIndexFile(f))
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, f)))), StringComparer.Ordinal);
}
