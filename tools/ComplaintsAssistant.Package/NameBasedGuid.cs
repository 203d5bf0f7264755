using System.Security.Cryptography;
using System.Text;

namespace ComplaintsAssistant.Package;

/// <summary>RFC 9562 §5.5 name-based GUIDs (version 5, SHA-1): the same name always gives the same id.</summary>
internal static class NameBasedGuid
{
    /// <summary>Our own namespace for ids derived by this tool (a random GUID fixed once).</summary>
    private static readonly Guid Namespace = new("0b0d5b9e-6a43-4c57-9c1e-2f0e5d3a7c41");

    public static Guid Create(string name)
    {
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. namespaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
