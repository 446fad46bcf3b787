using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>A partner key as registered: its id and the fingerprint to compare with the partner by phone.</summary>
public sealed record PartnerKeyRow(string KeyId, string Fingerprint, SharingKeyUse Use, string Algorithm, DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime? RevokedAtUtc);

/// <summary>
/// Registers a partner's public key, and revokes one. Keys are never deleted: the ledger must still show which key
/// signed what, and a revoked key must stay known as revoked so its packages are refused rather than "unknown".
/// </summary>
public sealed class AddPartnerKey(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<CommandResult<PartnerKeyRow>> HandleAsync(long partnerId, SharingKeyUse use, string? base64, DateTime? validUntilUtc, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend) || !await db.SharingPartners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            return CommandResult<PartnerKeyRow>.Missing();
        }

        var errors = new ValidationErrors();
        var key = PartnerKeys.Read(base64, use);
        if (key is null)
        {
            errors.Add("PublicKey", SharingMessages.KeyUnreadable);
        }
        else if (await db.PartnerKeys.AnyAsync(k => k.KeyId == key.KeyId, cancellationToken) || await db.OwnSharingKeys.AnyAsync(k => k.KeyId == key.KeyId, cancellationToken))
        {
            errors.Add("PublicKey", SharingMessages.KeyTaken, key.KeyId);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<PartnerKeyRow>.Invalid(errors);
        }

        var row = new PartnerKey
        {
            PartnerId = partnerId, Use = use, Algorithm = key!.Algorithm, KeyId = key.KeyId, PublicKey = key.SubjectPublicKeyInfo,
            ValidFromUtc = time.GetUtcNow().UtcDateTime, ValidUntilUtc = validUntilUtc,
        };
        db.PartnerKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<PartnerKeyRow>.Ok(ToRow(row));
    }

    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await db.PartnerKeys.Where(k => k.KeyId == keyId && k.RevokedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAtUtc, now), cancellationToken) == 1;
    }

    public static PartnerKeyRow ToRow(PartnerKey k) =>
        new(k.KeyId, Packages.KeyMaterial.Fingerprint(k.PublicKey), k.Use, k.Algorithm, k.ValidFromUtc, k.ValidUntilUtc, k.RevokedAtUtc);
}
