using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>Wraps the content key for one recipient key, and unwraps it with ours.</summary>
internal static class KeyWrap
{
    public static RecipientEntry Wrap(byte[] contentKey, PublicKey recipient, Guid packageId, byte[] nonce)
    {
        if (recipient.Algorithm == PackageFormat.RsaWrap)
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(recipient.SubjectPublicKeyInfo, out _);
            return new RecipientEntry(recipient.KeyId, recipient.Algorithm, rsa.Encrypt(contentKey, RSAEncryptionPadding.OaepSHA256));
        }

        if (recipient.Algorithm != PackageFormat.EcdhWrap)
        {
            throw new ArgumentException($"Key {recipient.KeyId} is not an encryption key ({recipient.Algorithm}).", nameof(recipient));
        }

        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var kek = KeyEncryptionKey(ephemeral, recipient.SubjectPublicKeyInfo, recipient.KeyId, packageId, nonce);
        var iv = RandomNumberGenerator.GetBytes(12);
        var wrapped = new byte[contentKey.Length + 16];
        using (var gcm = new AesGcm(kek, 16))
        {
            gcm.Encrypt(iv, contentKey, wrapped.AsSpan(0, contentKey.Length), wrapped.AsSpan(contentKey.Length), Encoding.UTF8.GetBytes(recipient.KeyId));
        }

        return new RecipientEntry(recipient.KeyId, recipient.Algorithm, wrapped, ephemeral.ExportSubjectPublicKeyInfo(), iv);
    }

    /// <summary>The content key, or null when the entry does not open with this key (tampered or not ours).</summary>
    public static byte[]? Unwrap(RecipientEntry entry, PrivateKey ours, Guid packageId, byte[] nonce)
    {
        try
        {
            if (entry.Algorithm == PackageFormat.RsaWrap && ours.Algorithm == PackageFormat.RsaWrap)
            {
                using var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(ours.Pkcs8, out _);
                return rsa.Decrypt(entry.WrappedKey, RSAEncryptionPadding.OaepSHA256);
            }

            if (entry.Algorithm != PackageFormat.EcdhWrap || ours.Algorithm != PackageFormat.EcdhWrap || entry.WrappedKey.Length != 48 || entry.Iv is not { Length: 12 })
            {
                return null;
            }

            using var mine = ECDiffieHellman.Create();
            mine.ImportPkcs8PrivateKey(ours.Pkcs8, out _);
            var kek = KeyEncryptionKey(mine, entry.EphemeralKey ?? [], entry.KeyId, packageId, nonce);
            var contentKey = new byte[32];
            using var gcm = new AesGcm(kek, 16);
            gcm.Decrypt(entry.Iv, entry.WrappedKey.AsSpan(0, 32), entry.WrappedKey.AsSpan(32), contentKey, Encoding.UTF8.GetBytes(entry.KeyId));
            return contentKey;
        }
        catch (CryptographicException)
        {
            // A wrong key, a tampered entry or a malformed ephemeral key all mean the same to the reader: not openable.
            return null;
        }
    }

    // HKDF binds the derived key to this package and this recipient key, so a wrapped key cannot be replayed elsewhere.
    private static byte[] KeyEncryptionKey(ECDiffieHellman own, byte[] otherSpki, string keyId, Guid packageId, byte[] nonce)
    {
        using var other = ECDiffieHellman.Create();
        other.ImportSubjectPublicKeyInfo(otherSpki, out _);
        var shared = own.DeriveRawSecretAgreement(other.PublicKey);
        var info = Encoding.UTF8.GetBytes($"{PackageFormat.Envelope} wrap {packageId:D} {keyId}");
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, nonce, info);
    }
}
