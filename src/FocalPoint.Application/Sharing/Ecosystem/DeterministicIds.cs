using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>Name-based UUIDs (RFC 9562 version 5: SHA-1 over a namespace and a name).</summary>
public static class DeterministicIds
{
    /// <summary>FocalPoint's namespace for the objects it exports (fixed forever: changing it renames every export).</summary>
    public static readonly Guid FocalPoint = new("5b0f4a4e-3c1d-4f7e-9a51-6f2d0c8e1a73");

    /// <summary>The namespace STIX 2.1 (§2.9) fixes for cyber-observable ids, so that other tools derive the same id.</summary>
    public static readonly Guid StixObservables = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    public static Guid V5(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static string For(string kind, string key) => V5(FocalPoint, kind + ":" + key).ToString();
}
