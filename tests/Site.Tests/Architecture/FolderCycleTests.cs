namespace Site.Tests.Architecture;

/// <summary>
/// The folders of each project import one another in one direction only, in the layer order the README's "How it
/// works" gives: a folder that needs a higher one is in the wrong place. Read from the source (<see cref="FolderImports"/>).
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class FolderCycleTests
{
    [Theory]
    [InlineData("src/Site.Generator", "Site.Generator")]
    [InlineData("src/Site", "Site")]
    public void No_folders_of_a_project_import_each_other_in_a_circle(string project, string rootNamespace)
    {
        var imports = FolderImports.Read(Path.Combine(Repository.Root, project), rootNamespace);
        Assert.True(imports.Edges.Count > 1, $"{project} has no folders");
        var cycles = imports.Cycles();
        Assert.True(cycles.Count == 0, $"the folders of {project} import each other in a circle:\n{imports.Describe(cycles)}");
    }

    [Theory]
    [InlineData("src/Site.Generator", "Site.Generator")]
    [InlineData("src/Site", "Site")]
    public void Every_file_declares_the_namespace_of_its_folder(string project, string rootNamespace)
    {
        var misplaced = FolderImports.Read(Path.Combine(Repository.Root, project), rootNamespace).Misplaced;
        Assert.True(misplaced.Count == 0, "files whose namespace is not their folder's:\n" + string.Join("\n", misplaced.Select(m => $"  {m.File}: {m.Namespace}")));
    }

    [Fact]
    public void The_README_lists_the_generators_folders_in_an_order_in_which_each_imports_only_those_before_it()
    {
        var imports = FolderImports.Read(Path.Combine(Repository.Root, "src", "Site.Generator"), "Site.Generator");
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(readme, @"^\| `(?<folder>\w+)/` \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups["folder"].Value).ToList();
        Assert.Equal(imports.Edges.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var upward = listed.SelectMany((folder, i) => imports.Edges[folder].Where(e => listed.IndexOf(e.Key) > i)
            .Select(e => $"  {folder} → {e.Key}: {string.Join(", ", e.Value)}")).ToList();
        Assert.True(upward.Count == 0, "folders that import one the README lists after them:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void A_cycle_is_found_through_usings_and_qualified_names_but_not_through_comments_strings_or_members()
    {
        var imports = FolderImports.Of("Site.Generator", new Dictionary<string, string>
        {
            ["Engine/PipelineEngine.cs"] = """
                using Site.Generator.Diagnostics;
                namespace Site.Generator.Engine;
                public sealed class PipelineEngine(Build.SiteContext site) { }
                """,
            ["Build/SiteContext.cs"] = """
                namespace Site.Generator.Build;
                public sealed class SiteContext { public Site.Generator.Output.StagingSink? Sink { get; init; } }
                """,
            ["Output/StagingSink.cs"] = """
                using static Site.Generator.Engine.PipelineEngine;
                namespace Site.Generator.Output;
                public sealed class StagingSink { }
                """,
            ["Markdown/References/Reference.cs"] = """
                namespace Site.Generator.Markdown.References;
                public sealed record Reference(string Id);
                """,
            ["Linking/StudyLinker.cs"] = """
                namespace Site.Generator.Linking;
                public sealed class StudyLinker
                {
                    public void Link(IEnumerable<Markdown.References.Reference> references) { }
                    private object Documents => new();
                    public object Find(string id) => Documents.ToString() + $"{id}" + Documents.GetHashCode();
                }
                """,
            ["Documents/Downloads.cs"] = """
                namespace Site.Generator.Documents;
                public sealed class Downloads { }
                """,
            ["Diagnostics/DiagnosticBag.cs"] = """"
                // using Site.Generator.Engine;
                namespace Site.Generator.Diagnostics;
                /// <summary>Not <see cref="Engine.PipelineEngine"/>.</summary>
                public sealed class DiagnosticBag
                {
                    /* Linking.StudyLinker */
                    public string Hint = "see https://example.org/ or Engine.PipelineEngine"; public string Code = $"{Markdown.References.Reference.Empty}";
                    public string Verbatim = @"Engine.PipelineEngine ""quoted""", Raw = """Linking.StudyLinker""";
                    public char Quote = '"';
                }
                """",
        });

        var cycle = Assert.Single(imports.Cycles());
        Assert.Equal(new[] { "Build", "Engine", "Output" }, cycle);
        Assert.Equal(new[] { "Build", "Output", "Engine", "Build" }, imports.Circle(cycle));
        Assert.Equal(new[] { "Markdown" }, imports.Edges["Linking"].Keys); // a member named Documents is not the folder
        Assert.Equal(new[] { "Markdown" }, imports.Edges["Diagnostics"].Keys); // the code of an interpolation hole counts, the rest of the text does not
        Assert.Contains("  Engine → Build: Engine/PipelineEngine.cs", imports.Describe(imports.Cycles()));
    }

    [Fact]
    public void A_file_whose_namespace_is_not_its_folder_is_named()
    {
        var imports = FolderImports.Of("Site", new Dictionary<string, string>
        {
            ["Program.cs"] = "using Site.Commands;",
            ["Commands/BuildCommand.cs"] = "namespace Site.Commands;\npublic static class BuildCommand { }",
            ["Serve/ServeCommand.cs"] = "namespace Site.Commands;\npublic static class ServeCommand { }",
        });

        Assert.Equal(("Serve/ServeCommand.cs", "Site.Commands"), Assert.Single(imports.Misplaced));
    }
}
