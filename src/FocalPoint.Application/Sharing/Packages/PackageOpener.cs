using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>The outcome of opening: either a refusal, or the envelope, the sender's partner code and the decrypted payload.</summary>
public sealed record OpenedPackage(PackageRefusal? Refusal, Envelope? Envelope = null, string? PartnerCode = null, byte[]? Payload = null)
{
    public bool Accepted => Refusal is null;
}

/// <summary>
/// Opens a package, cheapest checks first so that junk costs little: size, schema, sender key, signature, expiry,
/// addressing, decryption, payload schema. Replay needs the ledger and is checked by the caller (<see cref="Envelope.PackageId"/>, nonce).
/// </summary>
public static class PackageOpener
{
    public static OpenedPackage Open(byte[] bytes, Func<string, SenderKey> senders, IReadOnlyList<PrivateKey> ours, DateTimeOffset now, int maxBytes = PackageFormat.DefaultMaxBytes)
    {
        var checkedPackage = Verify(bytes, senders, now, maxBytes);
        if (!checkedPackage.Accepted)
        {
            return checkedPackage;
        }

        var (envelope, sender) = (checkedPackage.Envelope!, checkedPackage.PartnerCode);
        var plain = Decrypt(envelope, ours);
        if (plain is null)
        {
            return new(PackageRefusal.NotAddressedToUs, envelope, sender);
        }

        // A signed package from a known partner can still be a compression bomb (a bug on their side, or a stolen key).
        var payload = Decompress(plain, (long)maxBytes * 16);
        if (payload is null)
        {
            return new(PackageRefusal.TooLarge, envelope, sender);
        }

        return PackageSchema.IsPayload(payload) ? new(null, envelope, sender, payload) : new(PackageRefusal.NotAPackage, envelope, sender);
    }

    /// <summary>Everything a third party can check without our private keys: size, schema, sender key, signature, expiry.</summary>
    public static OpenedPackage Verify(byte[] bytes, Func<string, SenderKey> senders, DateTimeOffset now, int maxBytes = PackageFormat.DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return new(PackageRefusal.TooLarge);
        }

        var envelope = Parse(bytes);
        if (envelope is null)
        {
            return new(PackageRefusal.NotAPackage);
        }

        var sender = senders(envelope.SenderKeyId);
        if (sender.Key is null || sender.Key.Algorithm != PackageFormat.SignatureAlgorithm)
        {
            return new(PackageRefusal.UnknownSender, envelope);
        }

        if (sender.Revoked)
        {
            return new(PackageRefusal.SenderKeyRevoked, envelope, sender.PartnerCode);
        }

        if (!Verify(envelope, sender.Key))
        {
            return new(PackageRefusal.BadSignature, envelope, sender.PartnerCode);
        }

        return now >= envelope.Expires || envelope.Created > now.AddMinutes(5)
            ? new(PackageRefusal.Expired, envelope, sender.PartnerCode)
            : new(null, envelope, sender.PartnerCode);
    }

    /// <summary>The envelope, or null when the bytes are not a package by the schema.</summary>
    public static Envelope? Parse(byte[] bytes)
    {
        if (!PackageSchema.IsEnvelope(bytes))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Envelope>(bytes, PackageJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Verify(Envelope envelope, PublicKey key)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.SubjectPublicKeyInfo, out _);
        return envelope.Signature.Value.Length == 64
            && ecdsa.VerifyData(CanonicalForm.Signed(envelope), envelope.Signature.Value, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private static byte[]? Decrypt(Envelope envelope, IReadOnlyList<PrivateKey> ours)
    {
        var contentKey = envelope.Recipients
            .SelectMany(entry => ours.Where(k => k.KeyId == entry.KeyId).Select(k => KeyWrap.Unwrap(entry, k, envelope.PackageId, envelope.Nonce)))
            .FirstOrDefault(k => k is { Length: 32 });
        if (contentKey is null || envelope.Payload.Iv.Length != 12 || envelope.Payload.Tag.Length != 16)
        {
            return null;
        }

        var plain = new byte[envelope.Payload.Ciphertext.Length];
        try
        {
            using var gcm = new AesGcm(contentKey, 16);
            gcm.Decrypt(envelope.Payload.Iv, envelope.Payload.Ciphertext, envelope.Payload.Tag, plain, CanonicalForm.Header(envelope));
        }
        catch (CryptographicException)
        {
            return null;
        }

        return plain;
    }

    private static byte[]? Decompress(byte[] compressed, long limit)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                if (output.Length + read > limit)
                {
                    return null;
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
