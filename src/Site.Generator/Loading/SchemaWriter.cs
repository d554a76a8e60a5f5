using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Generator.Model;

namespace Site.Generator.Loading;

/// <summary>
/// Writes JSON Schema files for the study format from the same C# model the build binds to, so that an editor
/// (with the YAML language server) checks and completes what the build will check.
/// </summary>
public static class SchemaWriter
{
    /// <summary>Schema file name → the type of the file's content (a list type for files holding a list).</summary>
    public static readonly IReadOnlyDictionary<string, Type> Files = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["study.schema.json"] = typeof(Study),
        ["cases.schema.json"] = typeof(CasesFile),
        ["coding.schema.json"] = typeof(CodingFile),
        ["informants.schema.json"] = typeof(List<Informant>),
        ["quote.schema.json"] = typeof(List<Quote>),
        ["finding.schema.json"] = typeof(List<Finding>),
        ["concepts.schema.json"] = typeof(List<Concept>),
        ["works.schema.json"] = typeof(List<Work>),
        ["documents.schema.json"] = typeof(List<Document>),
        ["figures.schema.json"] = typeof(List<Figure>),
        ["redirects.schema.json"] = typeof(List<Redirect>),
        ["chapter.schema.json"] = typeof(Chapter),
    };

    // Schema files are not embedded in HTML, so the relaxed encoder keeps them readable ("+" stays "+").
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, type) in Files)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, Generate(type, name));
            written.Add(path);
        }
        return written;
    }

    public static string Generate(Type type, string name)
    {
        var recursion = new Recursion();
        var schema = SchemaOf(type, recursion);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = name,
        };
        foreach (var (key, value) in schema) root[key] = value?.DeepClone();
        if (recursion.Definitions.Count > 0) root["$defs"] = recursion.Definitions;
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>The types being described, and the definitions of those that contain themselves (a code's codes).</summary>
    private sealed class Recursion
    {
        public HashSet<Type> Open { get; } = new();
        public HashSet<Type> Referenced { get; } = new();
        public JsonObject Definitions { get; } = new();
    }

    private static JsonObject SchemaOf(Type type, Recursion recursion)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return new JsonObject { ["type"] = "string" };
        if (underlying == typeof(int)) return new JsonObject { ["type"] = "integer" };
        if (underlying == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (underlying.IsEnum)
            return new JsonObject { ["enum"] = new JsonArray(Enum.GetNames(underlying).Select(n => (JsonNode)JsonValue.Create(Naming.ToKebabCase(n))).ToArray()) };
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
            return new JsonObject { ["type"] = "array", ["items"] = SchemaOf(underlying.GetGenericArguments()[0], recursion) };
        if (underlying == typeof(Dictionary<string, string>))
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };
        if (!recursion.Open.Add(underlying))
        {
            recursion.Referenced.Add(underlying);
            return new JsonObject { ["$ref"] = "#/$defs/" + underlying.Name };
        }
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (key, property) in YamlBinder.BindableProperties(underlying))
        {
            var schema = SchemaOf(property.PropertyType, recursion);
            if (property.GetCustomAttribute<DescriptionAttribute>() is { } description) schema["description"] = description.Text;
            if (key == "id") schema["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$";
            properties[key] = schema;
            if (property.GetCustomAttribute<RequiredAttribute>() is not null) required.Add(key);
        }
        var result = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Count > 0) result["required"] = required;
        if (underlying.GetCustomAttribute<DescriptionAttribute>() is { } typeDescription) result["description"] = typeDescription.Text;
        recursion.Open.Remove(underlying);
        if (recursion.Referenced.Contains(underlying)) recursion.Definitions[underlying.Name] = result.DeepClone();
        return result;
    }
}
