using System.Security.Cryptography;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Domain.Sharing;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>Reads a partner's public key (base64 SubjectPublicKeyInfo) and decides its algorithm from its use and type.</summary>
public static class PartnerKeys
{
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
