using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>Makes a package: compresses and encrypts the payload under a fresh content key, wraps that key for each recipient key, signs.</summary>
public static class PackageSealer
{
    public static byte[] Seal(byte[] payloadJson, PrivateKey signer, IReadOnlyList<PublicKey> recipients, DateTimeOffset created, DateTimeOffset expires, Guid? packageId = null) =>
        SealEnvelope(payloadJson, signer, recipients, created, expires, packageId).Bytes;

    /// <summary>The package bytes and the envelope they hold (for the sender's ledger: id, nonce, times).</summary>
    public static (byte[] Bytes, Envelope Envelope) SealEnvelope(byte[] payloadJson, PrivateKey signer, IReadOnlyList<PublicKey> recipients, DateTimeOffset created, DateTimeOffset expires, Guid? packageId = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(recipients.Count, nameof(recipients));
        if (signer.Algorithm != PackageFormat.SignatureAlgorithm)
        {
            throw new ArgumentException($"Key {signer.KeyId} is not a signing key.", nameof(signer));
        }

        var id = packageId ?? Guid.NewGuid();
        var nonce = RandomNumberGenerator.GetBytes(16);
        var contentKey = RandomNumberGenerator.GetBytes(32);
        var unsigned = new Envelope(PackageFormat.Envelope, id, Seconds(created), Seconds(expires), nonce, signer.KeyId,
            [.. recipients.Select(r => KeyWrap.Wrap(contentKey, r, id, nonce))],
            new EncryptedPayload(PackageFormat.ContentAlgorithm, [], [], []),
            new Signature(PackageFormat.SignatureAlgorithm, []));
        var iv = RandomNumberGenerator.GetBytes(12);
        var plain = Compress(payloadJson);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var gcm = new AesGcm(contentKey, 16))
        {
            gcm.Encrypt(iv, plain, cipher, tag, CanonicalForm.Header(unsigned));
        }

        var encrypted = unsigned with { Payload = new EncryptedPayload(PackageFormat.ContentAlgorithm, iv, cipher, tag) };
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(signer.Pkcs8, out _);
        var signature = ecdsa.SignData(CanonicalForm.Signed(encrypted), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var envelope = encrypted with { Signature = new Signature(PackageFormat.SignatureAlgorithm, signature) };
        return (JsonSerializer.SerializeToUtf8Bytes(envelope, PackageJson.Options), envelope);
    }

    private static DateTimeOffset Seconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
