using Site.Generator.Loading;

namespace Site.Tests.Loading;

/// <summary>The JSON Schemas editors use are generated from the same model the build binds to, and kept current.</summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class SchemaTests
{
    [Fact]
    public void Committed_schemas_match_the_model()
    {
        foreach (var (name, type) in SchemaWriter.Files)
        {
            var committed = Path.Combine(Repository.Input, "schema", name);
            Assert.True(File.Exists(committed), $"{name} is missing: run 'dotnet run --project src/Site -- schema'");
            Assert.True(SchemaWriter.Generate(type, name) == File.ReadAllText(committed), $"{name} is out of date: run 'dotnet run --project src/Site -- schema'");
        }
    }

    [Fact]
    public void Every_yaml_file_of_the_study_names_an_existing_schema()
    {
        foreach (var file in Directory.GetFiles(Repository.Input, "*.yml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first);
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first["# yaml-language-server: $schema=".Length..].Trim()));
            Assert.True(File.Exists(schema), $"{Path.GetRelativePath(Repository.Root, file)} names {schema}, which does not exist");
        }
    }

    [Fact]
    public void Schema_lists_required_keys_and_forbids_unknown_ones()
    {
        var quote = System.Text.Json.Nodes.JsonNode.Parse(SchemaWriter.Generate(typeof(List<Site.Generator.Model.Quote>), "quote.schema.json"))!;
        var item = quote["items"]!;
        Assert.False(item["additionalProperties"]!.GetValue<bool>());
        var required = item["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["id", "text", "speaker", "codes"], required);
        Assert.NotNull(item["properties"]!["note"]);
    }
}
