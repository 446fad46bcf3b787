using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Receiving;

/// <summary>Partners' signing keys by key id, as the opener asks for them: unknown, revoked (or expired) at this time, or valid.</summary>
public sealed class SenderDirectory(FocalPointDbContext db)
{
    public async Task<Func<string, SenderKey>> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var keys = await db.PartnerKeys.AsNoTracking().Where(k => k.Use == SharingKeyUse.Signature).Include(k => k.Partner).ToDictionaryAsync(k => k.KeyId, cancellationToken);
        return id => keys.TryGetValue(id, out var k)
            ? new SenderKey(new PublicKey(k.KeyId, k.Algorithm, k.PublicKey), !k.UsableAt(now.UtcDateTime), k.Partner!.Code)
            : SenderKey.Unknown;
    }
}

/// <summary>Checks a package's signature, sender and expiry without opening it or storing anything (`focalpoint share verify`).</summary>
public sealed class VerifyPackage(SenderDirectory directory, Microsoft.Extensions.Options.IOptions<SharingOptions> options, TimeProvider time)
{
    public async Task<OpenedPackage> HandleAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return PackageOpener.Verify(bytes, await directory.LoadAsync(now, cancellationToken), now, options.Value.MaxPackageBytes);
    }
}
