using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Generator.Model;

namespace Site.Generator.Tracking;

/// <summary>
/// A digest of a value as a template can see it: text and numbers as they are, lists element by element, other
/// objects member by member. An object with a stable key (<see cref="IStableKey"/>) counts only by its key: what a
/// page reads of it is recorded read by read (<see cref="ReadLog"/>), so a page that shows a quote's speaker does
/// not depend on the speaker's other fields. Two values with the same digest look the same to every template.
/// </summary>
public static class ValueFingerprint
{
    public static string Of(object? value)
    {
        using var digest = new Digest();
        digest.Value(value, new List<object>(), expandKeyed: false);
        return digest.Finish();
    }

    /// <summary>Every member of an object with a stable key: for a template that read them all (e.g. by iterating it).</summary>
    public static string OfMembers(IStableKey value)
    {
        using var digest = new Digest();
        digest.Value(value, new List<object>(), expandKeyed: true);
        return digest.Finish();
    }

    /// <summary>
    /// Feeds the hash through a buffer of its own: a page's spec is tens of thousands of small tags and texts, and
    /// handing each to the hash apart cost more than the hashing (the bytes hashed are the same).
    /// </summary>
    private sealed class Digest : IDisposable
    {
        private const int FlushAt = 16 * 1024;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _buffer = new byte[256]; // grows to FlushAt: most digests are of one short value
        private int _length;

        /// <param name="path">The objects being digested around this one: an object met again on it is a cycle.</param>
        public void Value(object? value, List<object> path, bool expandKeyed)
        {
            switch (value)
            {
                case null:
                    Tag('n');
                    return;
                case string text:
                    Tag('s');
                    Text(text);
                    return;
                case IStableKey keyed when !expandKeyed:
                    Tag('k');
                    Text(keyed.StableKey);
                    return;
                case var scalar when PublicMembers.IsScalar(scalar):
                    Tag('v');
                    Text(scalar.GetType().Name);
                    Text(Convert.ToString(scalar, CultureInfo.InvariantCulture) ?? "");
                    return;
            }
            var depth = path.FindIndex(p => ReferenceEquals(p, value));
            if (depth >= 0)
            {
                Tag('c');
                Text(depth.ToString(CultureInfo.InvariantCulture));
                return;
            }
            path.Add(value);
            switch (value)
            {
                case IDictionary dictionary:
                    Tag('d');
                    var entries = new List<(string Key, object? Value)>();
                    foreach (DictionaryEntry entry in dictionary) entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
                    foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        Text(key);
                        Value(item, path, false);
                    }
                    Tag('e');
                    break;
                case IComputedView view:
                    Tag('i');
                    Text(value.GetType().FullName ?? "");
                    Value(view.Inputs, path, false);
                    break;
                case IEnumerable items:
                    Tag('l');
                    foreach (var item in items) Value(item, path, false);
                    Tag('e');
                    break;
                default:
                    Tag('o');
                    Text(value.GetType().FullName ?? "");
                    foreach (var (name, get) in PublicMembers.Of(value.GetType()))
                    {
                        Text(name);
                        Value(get(value), path, false);
                    }
                    Tag('e');
                    break;
            }
            path.RemoveAt(path.Count - 1);
        }

        private void Tag(char tag)
        {
            if (_length == _buffer.Length) Room(1);
            _buffer[_length++] = (byte)tag;
        }

        /// <summary>Makes room for this many bytes: the buffer doubles up to <see cref="FlushAt"/>, then is handed to the hash.</summary>
        private void Room(int bytes)
        {
            if (_length + bytes <= _buffer.Length) return;
            if (_length + bytes > FlushAt) Flush();
            if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_length + bytes, Math.Min(_buffer.Length * 2, FlushAt)));
        }

        /// <summary>Length first, so that no two sequences of texts run together alike.</summary>
        private void Text(string text)
        {
            Room(Encoding.UTF8.GetMaxByteCount(text.Length) + 4);
            var written = Encoding.UTF8.GetBytes(text, 0, text.Length, _buffer, _length + 4);
            BitConverter.TryWriteBytes(_buffer.AsSpan(_length, 4), written);
            _length += written + 4;
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _length);
            _length = 0;
        }

        public string Finish()
        {
            Flush();
            return Convert.ToHexString(_hash.GetHashAndReset(), 0, 16);
        }

        public void Dispose() => _hash.Dispose();
    }
}
