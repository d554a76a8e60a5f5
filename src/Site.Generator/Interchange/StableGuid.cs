using System.Security.Cryptography;
using System.Text;

namespace Site.Generator.Interchange;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5): the same id always gets the same GUID, so an export is byte-identical
/// each time and a QDA tool sees the same items when a study is exported again.
/// </summary>
public static class StableGuid
{
    private static readonly byte[] Namespace = Guid.Parse("6f1f2c1e-8b1e-4d0a-9a43-3c6b1f0e9d27").ToByteArray(bigEndian: true);

    public static string For(string kind, string id)
    {
        var name = Encoding.UTF8.GetBytes(kind + ":" + id);
#pragma warning disable CA5350 // SHA-1 is what version 5 GUIDs are defined with; nothing here is a secret.
        var hash = SHA1.HashData([.. Namespace, .. name]);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D").ToUpperInvariant();
    }
}
