using System.Collections;
using System.Globalization;
using System.Reflection;
using Site.Generator.Diagnostics;
using Site.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Loading;

/// <summary>
/// Turns a YAML file into model objects, strictly: unknown keys, missing required keys and wrong types are
/// errors with line and column, never silently dropped data. The C# model is the schema; the JSON Schema
/// for editors is generated from the same classes (<see cref="SchemaWriter"/>).
/// </summary>
public sealed class YamlBinder(DiagnosticBag diagnostics, string displayPath, int lineOffset = 0)
{
    /// <summary>Deeper nesting than any study needs; a guard against hostile input.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest text a single field may hold (a chapter is far shorter).</summary>
    public const int MaxFieldLength = 200_000;

    public T? Load<T>(string text) where T : class
    {
        var root = Parse(text);
        return root is null ? null : (T?)Bind(typeof(T), root, "");
    }

    /// <summary>Parses the text into a node tree; reports syntax errors, aliases and excessive depth.</summary>
    public YamlNode? Parse(string text)
    {
        try
        {
            if (PreScan(text) is not { } events) return null;
            var stream = new YamlStream();
            var parser = new TrackingParser(new ReplayParser(events));
            try
            {
                stream.Load(parser);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // YamlDotNet's node builder rejects some documents the parser accepts (an empty key, say) without
                // a location: report it where the parser stood.
                diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)parser.LastStart.Line, (int)parser.LastStart.Column), "Y001",
                    "invalid YAML: this part of the document cannot be read", "check for a key without a name, e.g. '- : value'");
                return null;
            }
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(SourceLocation.FileOnly(displayPath), "Y002", "the file is empty");
                return null;
            }
            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(At(stream.Documents[1].RootNode), "Y003", "the file holds more than one YAML document", "remove the '---' separator");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its messages with the location; ours carries it already.
            var parenthesis = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && parenthesis > 0) message = message[(parenthesis + 3)..];
            diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)e.Start.Line, (int)e.Start.Column), "Y001", $"invalid YAML: {message}");
            return null;
        }
    }

    /// <summary>
    /// Reads the text's events once, checking what YamlDotNet's node builder would not report with a location;
    /// returns them for the builder (a second parse cost as much as the first), or null after an error.
    /// </summary>
    private List<ParsingEvent>? PreScan(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        var events = new List<ParsingEvent>();
        try
        {
            return PreScan(parser, ref last, events) ? events : null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's scanner throws these without a location on some broken flow lists ("[a [b]"):
            // report them where the last good event ended.
            diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)last.Line, (int)last.Column), "Y001",
                "invalid YAML: this part of the document cannot be read", "check the brackets and quotes here");
            return null;
        }
    }

    private bool PreScan(Parser parser, ref Mark last, List<ParsingEvent> events)
    {
        var depth = 0;
        // For each open collection: is it a mapping, and is its next node a key?
        var open = new Stack<(bool Mapping, bool ExpectKey)>();
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
            last = parser.Current!.End;
            if (open.Count > 0 && open.Peek().Mapping && parser.Current is NodeEvent or MappingStart or SequenceStart)
            {
                var (_, expectKey) = open.Pop();
                if (expectKey && parser.Current is Scalar { Value: "", Style: ScalarStyle.Plain } emptyKey)
                {
                    diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)emptyKey.Start.Line, (int)emptyKey.Start.Column), "Y006", "a key without a name", "write the key before the colon, e.g. 'id: …'");
                    return false;
                }
                open.Push((true, !expectKey));
            }
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)alias.Start.Line, (int)alias.Start.Column), "Y004", "YAML aliases (*name) are not allowed", "write the value out in full");
                    return false;
                case MappingStart or SequenceStart:
                    open.Push((parser.Current is MappingStart, true));
                    depth++;
                    if (depth > MaxDepth)
                    {
                        diagnostics.Error(new SourceLocation(displayPath, lineOffset + (int)parser.Current.Start.Line, (int)parser.Current.Start.Column), "Y005", $"the YAML is nested more than {MaxDepth} levels deep");
                        return false;
                    }
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    depth--;
                    break;
            }
        }
        return true;
    }

    public SourceLocation At(YamlNode node) => new(displayPath, lineOffset + (int)node.Start.Line, (int)node.Start.Column);

    public object? Bind(Type type, YamlNode node, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } && (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType))
            return null;
        if (underlying == typeof(string)) return BindString(node);
        if (underlying == typeof(int)) return BindInt(node);
        if (underlying == typeof(bool)) return BindBool(node);
        if (underlying.IsEnum) return BindEnum(underlying, node);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>)) return BindList(underlying, node, path);
        if (underlying == typeof(Dictionary<string, string>)) return BindDictionary(node);
        if (typeof(Entity).IsAssignableFrom(underlying)) return BindEntity(underlying, node, path);
        throw new NotSupportedException($"The model uses a type the YAML binder does not know: {type}");
    }

    private string? BindString(YamlNode node)
    {
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(At(node), "Y010", "expected text here, found a " + Describe(node));
            return null;
        }
        var value = scalar.Value ?? "";
        if (value.Length > MaxFieldLength)
        {
            diagnostics.Error(At(node), "Y011", $"the text is {value.Length:N0} characters long; the limit is {MaxFieldLength:N0}", "split it, or move running text into a chapter");
            return null;
        }
        var control = value.IndexOfAny(ControlCharacters);
        if (control >= 0)
        {
            diagnostics.Error(At(node), "Y012", $"the text holds the control character U+{(int)value[control]:X4}", "remove it; only line breaks and tabs are allowed");
            return null;
        }
        if (BidiControls.Problem(value) is { } bidi)
        {
            diagnostics.Error(At(node), "Y013", bidi, BidiControls.Hint);
            return null;
        }
        return value;
    }

    private static readonly char[] ControlCharacters =
        Enumerable.Range(0, 32).Where(c => c is not ('\n' or '\t' or '\r')).Select(c => (char)c).Append('\u007F').ToArray();

    private object? BindInt(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            return number;
        diagnostics.Error(At(node), "Y013", "expected a whole number here, found " + Describe(node));
        return null;
    }

    private object? BindBool(YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        diagnostics.Error(At(node), "Y014", "expected true or false here, found " + Describe(node));
        return null;
    }

    private object? BindEnum(Type type, YamlNode node)
    {
        var names = Enum.GetNames(type).ToDictionary(Naming.ToKebabCase, name => name);
        if (node is YamlScalarNode { Value: { } text } && names.TryGetValue(text, out var name))
            return Enum.Parse(type, name);
        var known = string.Join(", ", names.Keys);
        var wrong = (node as YamlScalarNode)?.Value ?? "";
        diagnostics.Error(At(node), "Y015", $"'{wrong}' is not one of: {known}", Suggest.DidYouMean(wrong, names.Keys));
        return null;
    }

    private object? BindList(Type listType, YamlNode node, string path)
    {
        var itemType = listType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(listType)!;
        if (node is not YamlSequenceNode sequence)
        {
            // A single id where a list is expected is a common slip; say so plainly.
            diagnostics.Error(At(node), "Y016", "expected a list here, found " + Describe(node), node is YamlScalarNode s ? $"write [{s.Value}]" : null);
            return list;
        }
        var index = 0;
        foreach (var child in sequence.Children)
        {
            var item = Bind(itemType, child, $"{path}[{index++}]");
            if (item is not null) list.Add(item);
        }
        return list;
    }

    private object? BindDictionary(YamlNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(node), "Y017", "expected keys and values here, found " + Describe(node));
            return result;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (BindString(value) is { } text) result[name] = text;
        }
        return result;
    }

    private object? BindEntity(Type type, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(node), "Y018", $"expected keys and values here (a {Naming.ToKebabCase(type.Name)}), found " + Describe(node));
            return null;
        }
        var entity = (Entity)Activator.CreateInstance(type)!;
        entity.Location = At(node);
        var properties = BindableProperties(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!properties.TryGetValue(key, out var property))
            {
                diagnostics.Error(At(keyNode), "Y020", $"unknown key '{key}'",
                    Suggest.DidYouMean(key, properties.Keys) ?? "known keys: " + string.Join(", ", properties.Keys));
                continue;
            }
            if (!seen.Add(key))
            {
                diagnostics.Error(At(keyNode), "Y021", $"the key '{key}' is written twice");
                continue;
            }
            entity.FieldLocations[key] = At(valueNode);
            var value = Bind(property.PropertyType, valueNode, $"{path}.{key}");
            if (value is not null) property.SetValue(entity, value);
            else if (!IsOptional(property) && valueNode is YamlScalarNode { Value: "" or "~" or "null" })
                diagnostics.Error(At(valueNode), "Y023", $"the key '{key}' needs a value");
        }
        foreach (var (key, property) in properties)
        {
            if (property.GetCustomAttribute<RequiredAttribute>() is not null && !seen.Contains(key))
                diagnostics.Error(entity.Location, "Y022", $"missing required key '{key}'");
        }
        return entity;
    }

    private static bool IsOptional(PropertyInfo property) => property.GetCustomAttribute<RequiredAttribute>() is null;

    /// <summary>The keys an entity type accepts: its public settable properties, by snake_case name.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> BindableProperties(Type type) =>
        PropertyCache.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .ToDictionary(p => p.GetCustomAttribute<YamlKeyAttribute>()?.Key ?? Naming.ToSnakeCase(p.Name), p => p, StringComparer.Ordinal));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> PropertyCache = new();

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{Shorten(scalar.Value ?? "")}'",
        YamlSequenceNode => "list",
        YamlMappingNode => "set of keys",
        _ => "value",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A YAML parser that remembers where the last event it handed out started, for error locations.</summary>
/// <summary>Plays back events already parsed, as a parser would give them.</summary>
internal sealed class ReplayParser(List<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[_next++];
        return true;
    }
}

internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastStart { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current) LastStart = current.Start;
        return moved;
    }
}
