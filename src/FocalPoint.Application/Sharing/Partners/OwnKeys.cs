using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>
/// Our own key pairs: one current signing key and one current encryption key, created on first use. Rotation retires the
/// current pair's member (it still opens packages sealed for it until revoked) and makes a new one. Private keys rest
/// under the key ring (field protection), so a copied database without the key ring cannot sign or open packages.
/// </summary>
public sealed class OwnKeys(FocalPointDbContext db, TimeProvider time)
{
    public async Task<PrivateKey> SigningKeyAsync(CancellationToken cancellationToken = default) =>
        ToPrivate(await CurrentAsync(SharingKeyUse.Signature, cancellationToken));

    /// <summary>Every key that may still open a package: current and retired, not revoked.</summary>
    public async Task<IReadOnlyList<PrivateKey>> DecryptionKeysAsync(CancellationToken cancellationToken = default)
    {
        await CurrentAsync(SharingKeyUse.Encryption, cancellationToken);
        var keys = await db.OwnSharingKeys.AsNoTracking().Where(k => k.Use == SharingKeyUse.Encryption && k.RevokedAtUtc == null).ToListAsync(cancellationToken);
        return [.. keys.Select(ToPrivate)];
    }

    /// <summary>Our current public keys, to hand to a partner (with their fingerprints, to read out on the phone).</summary>
    public async Task<IReadOnlyList<PublicKey>> PublicKeysAsync(CancellationToken cancellationToken = default) =>
    [
        ToPublic(await CurrentAsync(SharingKeyUse.Signature, cancellationToken)),
        ToPublic(await CurrentAsync(SharingKeyUse.Encryption, cancellationToken)),
    ];

    public async Task<PublicKey> RotateAsync(SharingKeyUse use, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(use, cancellationToken);
        db.OwnSharingKeys.Attach(current);
        current.RetiredAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return ToPublic(await CurrentAsync(use, cancellationToken));
    }

    private async Task<OwnSharingKey> CurrentAsync(SharingKeyUse use, CancellationToken cancellationToken)
    {
        var current = await db.OwnSharingKeys.AsNoTracking()
            .Where(k => k.Use == use && k.RetiredAtUtc == null && k.RevokedAtUtc == null)
            .OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return current;
        }

        var (privateKey, publicKey) = use == SharingKeyUse.Signature ? PrivateKey.NewSigning() : PrivateKey.NewEncryption();
        var created = new OwnSharingKey
        {
            Use = use, Algorithm = publicKey.Algorithm, KeyId = publicKey.KeyId, PublicKey = publicKey.SubjectPublicKeyInfo,
            PrivateKey = Convert.ToBase64String(privateKey.Pkcs8), CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.OwnSharingKeys.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(created).State = EntityState.Detached;
        return created;
    }

    private static PrivateKey ToPrivate(OwnSharingKey key) => new(key.KeyId, key.Algorithm, Convert.FromBase64String(key.PrivateKey));

    private static PublicKey ToPublic(OwnSharingKey key) => new(key.KeyId, key.Algorithm, key.PublicKey);
}
