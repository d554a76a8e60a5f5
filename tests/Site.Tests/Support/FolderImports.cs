using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Support;

/// <summary>
/// Which folder of a project imports which, read from its C# source: a file imports a folder by a using directive
/// (<c>using Site.Generator.Build;</c>, also <c>static</c>, aliased or <c>global</c>) or by a qualified name whose
/// first part is the folder and whose second is a type or a namespace declared in it (<c>Tracking.ReadLog</c>,
/// <c>Site.Generator.Build.SiteBuilder</c>, <c>Markdown.References.Reference</c>). Comments and the text of string
/// literals do not count; the code inside an interpolated string's braces does. A folder's namespace is the
/// project's root namespace and the folder's name; files at the project's root belong to no folder.
/// </summary>
public sealed partial class FolderImports
{
    /// <summary>For each folder, the folders it imports and, for each, the files (relative paths) that do.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, SortedSet<string>>> Edges { get; }

    /// <summary>The files whose namespace is not their folder's (relative path, namespace declared).</summary>
    public IReadOnlyList<(string File, string Namespace)> Misplaced { get; }

    private FolderImports(string rootNamespace, IReadOnlyDictionary<string, string> sources)
    {
        var files = sources.Where(s => s.Key.Contains('/')).Select(s => (Path: s.Key, Folder: s.Key[..s.Key.IndexOf('/')], Code: CodeOnly(s.Value))).ToList();
        var folders = files.Select(f => f.Folder).ToHashSet(StringComparer.Ordinal);
        var root = Regex.Escape(rootNamespace);

        // What a qualified name may name in each folder: its types and the namespaces below its own.
        var declared = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var misplaced = new List<(string, string)>();
        foreach (var (path, folder, code) in files)
        {
            foreach (Match m in TypeDeclaration().Matches(code)) declared[folder].Add(m.Groups["name"].Value);
            foreach (Match m in Regex.Matches(code, $@"\bnamespace\s+(?<name>[\w.]+)"))
            {
                var name = m.Groups["name"].Value;
                if (name != $"{rootNamespace}.{folder}" && !name.StartsWith($"{rootNamespace}.{folder}.", StringComparison.Ordinal)) misplaced.Add((path, name));
                else if (name.Length > rootNamespace.Length + folder.Length + 2) declared[folder].Add(name[(rootNamespace.Length + folder.Length + 2)..].Split('.')[0]);
            }
        }

        var usingDirective = new Regex($@"\busing\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?{root}\.(?<folder>\w+)");
        var qualifiedName = new Regex($@"(?<![\w.])(?:global::)?(?:{root}\.)?(?<folder>\w+)\s*\.\s*(?<name>\w+)");
        var edges = folders.ToDictionary(f => f, _ => new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (path, folder, code) in files)
        {
            var imported = usingDirective.Matches(code).Select(m => m.Groups["folder"].Value)
                .Concat(qualifiedName.Matches(code).Where(m => declared.TryGetValue(m.Groups["folder"].Value, out var names) && names.Contains(m.Groups["name"].Value))
                    .Select(m => m.Groups["folder"].Value));
            foreach (var other in imported.Where(o => o != folder && folders.Contains(o)))
            {
                if (!edges[folder].TryGetValue(other, out var by)) edges[folder][other] = by = new SortedSet<string>(StringComparer.Ordinal);
                by.Add(path);
            }
        }
        Edges = edges;
        Misplaced = misplaced;
    }

    /// <summary>Reads every .cs file under the project's folder (not bin/ or obj/).</summary>
    public static FolderImports Read(string projectDirectory, string rootNamespace) =>
        new(rootNamespace, Directory.GetFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(projectDirectory, f)), StringComparer.Ordinal));

    /// <summary>From sources given by relative path, e.g. <c>Engine/PipelineEngine.cs</c>.</summary>
    public static FolderImports Of(string rootNamespace, IReadOnlyDictionary<string, string> sources) => new(rootNamespace, sources);

    /// <summary>The sets of folders that import each other in a circle (strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's algorithm, in ordinal order so that the report is the same every time.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var other in Edges[folder].Keys)
            {
                if (!index.ContainsKey(other))
                {
                    Visit(other);
                    low[folder] = Math.Min(low[folder], low[other]);
                }
                else if (stack.Contains(other)) low[folder] = Math.Min(low[folder], index[other]);
            }
            if (low[folder] != index[folder]) return;
            var component = new List<string>();
            string popped;
            do component.Add(popped = stack.Pop()); while (popped != folder);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var folder in Edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(folder)) Visit(folder);
        return cycles.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>One circle through the folders of a cycle, from its first folder back to it: the shortest.</summary>
    public IReadOnlyList<string> Circle(IReadOnlyList<string> cycle)
    {
        var inCycle = cycle.ToHashSet(StringComparer.Ordinal);
        var start = cycle[0];
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            foreach (var other in Edges[folder].Keys.Where(inCycle.Contains))
            {
                if (other == start)
                {
                    var path = new List<string> { start };
                    for (var at = folder; at != start; at = cameFrom[at]) path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (cameFrom.TryAdd(other, folder)) queue.Enqueue(other);
            }
        }
        throw new InvalidOperationException("not a cycle: " + string.Join(", ", cycle));
    }

    /// <summary>Each cycle: its circle, then every import between its folders with the files that make it.</summary>
    public string Describe(IEnumerable<IReadOnlyList<string>> cycles)
    {
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            text.AppendLine($"cycle of {cycle.Count} folders: {string.Join(" → ", Circle(cycle))}");
            foreach (var from in cycle)
            foreach (var (to, files) in Edges[from].Where(e => cycle.Contains(e.Key)))
                text.AppendLine($"  {from} → {to}: {string.Join(", ", files)}");
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+(?:class\s+|struct\s+)?(?<name>[A-Za-z_]\w*)|\bdelegate\s+[\w<>\[\],.?\s]+?\s(?<name>[A-Za-z_]\w*)\s*[<(]")]
    private static partial Regex TypeDeclaration();

    /// <summary>The source without its comments and without the text of its string and character literals (they become "" and '').</summary>
    public static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        Code(source, 0, code, inHole: false);
        return code.ToString();
    }

    /// <summary>Copies code from <paramref name="at"/>; in an interpolation hole, stops before the <c>}</c> that closes it. Returns where it stopped.</summary>
    private static int Code(string s, int at, StringBuilder code, bool inHole)
    {
        var depth = 0;
        while (at < s.Length)
        {
            var c = s[at];
            if (c == '/' && Next(s, at) == '/')
            {
                while (at < s.Length && s[at] != '\n') at++;
            }
            else if (c == '/' && Next(s, at) == '*')
            {
                var end = s.IndexOf("*/", at + 2, StringComparison.Ordinal);
                at = end < 0 ? s.Length : end + 2;
                code.Append(' ');
            }
            else if (c == '\'')
            {
                at++;
                while (at < s.Length && s[at] != '\'') at += s[at] == '\\' ? 2 : 1;
                at++;
                code.Append("''");
            }
            else if ((c is '"' or '$' or '@') && StringStart(s, at) is { } literal)
            {
                at = String(s, literal, code);
            }
            else
            {
                if (c == '{') depth++;
                if (c == '}' && depth-- == 0 && inHole) return at;
                code.Append(c);
                at++;
            }
        }
        return at;
    }

    private static char Next(string s, int at) => at + 1 < s.Length ? s[at + 1] : '\0';

    private sealed record Literal(int Start, int Dollars, bool Verbatim, int Quotes);

    /// <summary>A string literal starting here: its prefix ($ and @), and its opening quotes (3 or more: raw).</summary>
    private static Literal? StringStart(string s, int at)
    {
        var i = at;
        var dollars = 0;
        var verbatim = false;
        while (i < s.Length && (s[i] == '$' || s[i] == '@'))
        {
            if (s[i] == '$') dollars++;
            else verbatim = true;
            i++;
        }
        if (i >= s.Length || s[i] != '"') return null;
        var quotes = 0;
        while (i + quotes < s.Length && s[i + quotes] == '"') quotes++;
        // "" is an empty string, """ or more opens a raw one.
        return new Literal(i, dollars, verbatim, quotes >= 3 ? quotes : 1);
    }

    /// <summary>Skips a string literal, keeping the code of its interpolation holes; returns the index after it.</summary>
    private static int String(string s, Literal literal, StringBuilder code)
    {
        code.Append("\"\"");
        var raw = literal.Quotes >= 3;
        var at = literal.Start + literal.Quotes;
        var close = new string('"', literal.Quotes);
        var open = literal.Dollars == 0 ? null : new string('{', raw ? literal.Dollars : 1);
        while (at < s.Length)
        {
            if (!raw && !literal.Verbatim && s[at] == '\\') { at += 2; continue; }
            if (!raw && literal.Verbatim && s[at] == '"' && Next(s, at) == '"') { at += 2; continue; }
            if (string.CompareOrdinal(s, at, close, 0, close.Length) == 0) return at + close.Length;
            if (!raw && !literal.Verbatim && s[at] == '\n') return at; // an unclosed literal ends with its line
            if (open is not null && string.CompareOrdinal(s, at, open, 0, open.Length) == 0)
            {
                if (!raw && Next(s, at) == '{') { at += 2; continue; } // {{ is a brace of the text
                at += open.Length;
                while (at < s.Length && s[at] == '{') at++; // braces of the text before a raw hole
                code.Append(' ');
                at = Code(s, at, code, inHole: true);
                code.Append(' ');
                while (at < s.Length && s[at] == '}') at++;
                continue;
            }
            at++;
        }
        return at;
    }
}
