using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Site.Generator.Rendering;

/// <summary>
/// JSON written straight to text through one reused buffer per thread, for what every page carries (its
/// JSON-LD, its CSL-JSON citation): no tree of JSON nodes is built first. A <c>write</c> that calls
/// <see cref="Write"/> itself gets a buffer of its own: the thread's buffer is taken out of its slot while in use.
/// </summary>
public static class JsonText
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(2048);
        _buffer = null;
        try
        {
            using (var json = new Utf8JsonWriter(buffer, options)) write(json);
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
        }
    }
}
