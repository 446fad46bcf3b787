using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Ledger;

/// <summary>A partner in the list: whether it can be sent to now, and when we last exchanged with it.</summary>
public sealed record PartnerSummary(long Id, string Code, string Name, string CountryCode, bool CanReceive, bool PersonsAllowed, DateTime? LastExchangeUtc);

/// <summary>A partner's page: its conditions, contact, and every key it ever had (revoked ones stay, with their dates).</summary>
public sealed record PartnerDetails(
    long Id, string Code, string Name, string CountryCode, string? ContactPoint, IReadOnlyList<string> Languages, IReadOnlyList<string> Channels,
    bool PersonsAllowed, IReadOnlyList<string> NeverSend, IReadOnlyList<PartnerKeyRow> Keys);

/// <summary>Reads partners for the liaison desk (and the approver, who must know to whom a package goes).</summary>
public sealed class PartnerViews(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<IReadOnlyList<PartnerSummary>?> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await MayReadAsync(cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var partners = await db.SharingPartners.AsNoTracking().Include(p => p.Keys).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var last = await db.SharingPackages.AsNoTracking().GroupBy(p => p.PartnerId)
            .Select(g => new { g.Key, Last = g.Max(p => p.CreatedAtUtc) }).ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        return [.. partners.Select(p => new PartnerSummary(p.Id, p.Code, p.Name, p.CountryCode,
            p.Keys.Any(k => k.Use == SharingKeyUse.Encryption && k.UsableAt(now)), p.PersonsAllowed, last.TryGetValue(p.Id, out var at) ? at : null))];
    }

    public async Task<PartnerDetails?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        if (!await MayReadAsync(cancellationToken))
        {
            return null;
        }

        var p = await db.SharingPartners.AsNoTracking().Include(p => p.Keys).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null ? null : new PartnerDetails(p.Id, p.Code, p.Name, p.CountryCode, p.ContactPoint, Split(p.Languages), Split(p.Channels), p.PersonsAllowed,
            Split(p.NeverSend), [.. p.Keys.OrderByDescending(k => k.ValidFromUtc).ThenByDescending(k => k.Id).Select(AddPartnerKey.ToRow)]);
    }

    private async Task<bool> MayReadAsync(CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        return access.Holds(Capabilities.SharingSend) || access.Holds(Capabilities.SharingApprove);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
