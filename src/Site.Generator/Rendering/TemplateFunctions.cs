using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban.Runtime;

namespace Site.Generator.Rendering;

/// <summary>The functions the theme may call besides Scriban's own: assets, absolute URLs, safe JSON.</summary>
public static class TemplateFunctions
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static ScriptObject Create(Func<AssetManifest> assets, Func<string, string> absoluteUrl)
    {
        var functions = new ScriptObject();
        functions.Import("asset", new Func<string, string>(path => assets().Url(path)));
        functions.Import("absolute_url", new Func<string, string>(absoluteUrl));
        // JSON safe inside <script type="application/ld+json">: '<', '>' and '&' are written as \u escapes.
        functions.Import("json", new Func<object?, Html>(value => new Html(JsonSerializer.Serialize(value, Json))));
        functions.Import("count", new Func<System.Collections.IEnumerable?, int>(items => items?.Cast<object>().Count() ?? 0));
        // Counts of quotes count utterances: a quote printed twice in different words counts once (Model/Utterances).
        functions.Import("utterances", new Func<System.Collections.IEnumerable?, int>(items => items is null ? 0 : Model.Utterances.Count(items.OfType<Model.Quote>())));
        functions.Import("plural", new Func<int, string, string, string>((n, one, many) => n == 1 ? one : many));
        functions.Import("anchor", new Func<string, string>(Urls.Slug.SectionAnchor));
        return functions;
    }
}
