using System.Security.Cryptography;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>
/// Key ids and fingerprints. Both come from SHA-256 over the key's SubjectPublicKeyInfo (DER), so a partner computes
/// the same from the same public key whatever software holds it.
/// </summary>
public static class KeyMaterial
{
    /// <summary>The first 16 bytes of the SHA-256 as lower-case hex: short enough for a file, long enough never to collide.</summary>
    public static string KeyId(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo).AsSpan(0, 16));

    /// <summary>The first 20 bytes of the SHA-256 in ten groups of four hex digits, to read out over the phone.</summary>
    public static string Fingerprint(byte[] subjectPublicKeyInfo)
    {
        var hex = Convert.ToHexString(SHA256.HashData(subjectPublicKeyInfo).AsSpan(0, 20));
        return string.Join(' ', Enumerable.Range(0, 10).Select(i => hex.Substring(i * 4, 4)));
    }
}

/// <summary>A public key of a partner (or ours, as a partner sees it): the algorithm says how to use it.</summary>
public sealed record PublicKey(string KeyId, string Algorithm, byte[] SubjectPublicKeyInfo)
{
    public static PublicKey Of(string algorithm, byte[] spki) => new(KeyMaterial.KeyId(spki), algorithm, spki);
}

/// <summary>A private key of ours, as PKCS#8 bytes (kept protected by the key ring at rest, ADR 0027).</summary>
public sealed record PrivateKey(string KeyId, string Algorithm, byte[] Pkcs8)
{
    /// <summary>A new P-256 signing key (ES256).</summary>
    public static (PrivateKey Private, PublicKey Public) NewSigning()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Pair(PackageFormat.SignatureAlgorithm, ecdsa.ExportPkcs8PrivateKey(), ecdsa.ExportSubjectPublicKeyInfo());
    }

    /// <summary>A new P-256 key-agreement key for receiving packages.</summary>
    public static (PrivateKey Private, PublicKey Public) NewEncryption()
    {
        using var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return Pair(PackageFormat.EcdhWrap, ecdh.ExportPkcs8PrivateKey(), ecdh.ExportSubjectPublicKeyInfo());
    }

    /// <summary>A new RSA-3072 key for receiving packages wrapped with RSA-OAEP-256.</summary>
    public static (PrivateKey Private, PublicKey Public) NewRsaEncryption()
    {
        using var rsa = RSA.Create(3072);
        return Pair(PackageFormat.RsaWrap, rsa.ExportPkcs8PrivateKey(), rsa.ExportSubjectPublicKeyInfo());
    }

    private static (PrivateKey, PublicKey) Pair(string algorithm, byte[] pkcs8, byte[] spki)
    {
        var publicKey = PublicKey.Of(algorithm, spki);
        return (new PrivateKey(publicKey.KeyId, algorithm, pkcs8), publicKey);
    }
}
