using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Section "DataProtection": the certificate that encrypts the key ring in the database (ADR 0007). Every node, and the
/// CLI through <c>DataProtection__CertificatePath</c>, must name the same certificate; without one the keys are stored
/// unprotected, which the node says in its log at start.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";
    public const string CertificatePathSetting = Section + ":" + nameof(CertificatePath);

    /// <summary>A PFX (PKCS #12) file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool Protected => !string.IsNullOrWhiteSpace(CertificatePath);

    public static KeyProtectionOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();

    /// <summary>The certificate, or a message naming the setting when it cannot be read: the node must not start without it.</summary>
    public X509Certificate2 LoadCertificate()
    {
        var path = Path.GetFullPath(CertificatePath!);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{CertificatePathSetting}: no certificate file at {path}.");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{CertificatePathSetting}: the certificate in {path} has no private key, so the keys could not be read back.");
        }
        catch (CryptographicException)
        {
            // The password or the file is wrong; the exception's own text may echo neither usefully.
            throw new InvalidOperationException($"{CertificatePathSetting}: {path} could not be opened with {Section}:{nameof(CertificatePassword)}.");
        }
    }
}
