using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Site.Generator.Rendering;

/// <summary>
/// JSON written straight to text through one reused buffer per thread, for what every page carries (its
/// JSON-LD, its CSL-JSON citation): no tree of JSON nodes is built first. Not re-entrant: <c>write</c> must
/// not call <see cref="Write"/> itself, since it would reuse the same buffer.
/// </summary>
public static class JsonText
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, options)) write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
