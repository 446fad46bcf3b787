using System.Security.Cryptography;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>Reads a partner's public key (base64 SubjectPublicKeyInfo) and decides its algorithm from its use and type.</summary>
public static class PartnerKeys
{
    /// <summary>The partner's encryption keys usable now: a package is sealed for each (both sides of a rotation overlap).</summary>
    public static async Task<IReadOnlyList<PublicKey>> EncryptionKeysAsync(FocalPointDbContext db, long partnerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await db.PartnerKeys.AsNoTracking().Where(k => k.PartnerId == partnerId && k.Use == SharingKeyUse.Encryption).ToListAsync(cancellationToken))
            .Where(k => k.UsableAt(now.UtcDateTime)).Select(k => new PublicKey(k.KeyId, k.Algorithm, k.PublicKey))];

    public static PublicKey? Read(string? base64, SharingKeyUse use)
    {
        byte[] spki;
        try
        {
            spki = Convert.FromBase64String(base64?.Trim() ?? "");
        }
        catch (FormatException)
        {
            return null;
        }

        if (IsP256(spki))
        {
            return PublicKey.Of(use == SharingKeyUse.Signature ? PackageFormat.SignatureAlgorithm : PackageFormat.EcdhWrap, spki);
        }

        return use == SharingKeyUse.Encryption && IsRsa(spki) ? PublicKey.Of(PackageFormat.RsaWrap, spki) : null;
    }

    private static bool IsP256(byte[] spki)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(spki, out _);
            return ecdsa.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsRsa(byte[] spki)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(spki, out _);
            return rsa.KeySize >= 2048;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
