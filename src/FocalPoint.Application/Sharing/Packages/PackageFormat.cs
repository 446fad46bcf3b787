namespace FocalPoint.Application.Sharing.Packages;

/// <summary>The names written into a package (docs/sharing-package.md). Never change one: partners' software reads them.</summary>
public static class PackageFormat
{
    public const string Envelope = "focalpoint-package/1";
    public const string Payload = "focalpoint-payload/1";

    /// <summary>ECDSA P-256 with SHA-256, signature as IEEE P1363 (r || s, 64 bytes).</summary>
    public const string SignatureAlgorithm = "ES256";

    /// <summary>AES-256-GCM over the gzip-compressed payload; 12-byte IV, 16-byte tag.</summary>
    public const string ContentAlgorithm = "A256GCM";

    /// <summary>Ephemeral-static ECDH on P-256, HKDF-SHA256 to a 256-bit key that wraps the content key with AES-GCM.</summary>
    public const string EcdhWrap = "ECDH-ES-P256+HKDF-SHA256+A256GCM";

    /// <summary>RSA-OAEP with SHA-256 (for partners whose key store holds RSA only).</summary>
    public const string RsaWrap = "RSA-OAEP-256";

    /// <summary>What a partner's public key is used for.</summary>
    public const string UseSignature = "sig";
    public const string UseEncryption = "enc";

    /// <summary>Bigger packages are refused before parsing (64 MiB holds ~200,000 records).</summary>
    public const int DefaultMaxBytes = 64 * 1024 * 1024;
}
