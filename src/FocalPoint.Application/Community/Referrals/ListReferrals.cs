using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>Which referrals a list shows: all open ones, or the review queue (reviews due, screening due, erasure near).</summary>
public enum ReferralListKind
{
    Open,
    AwaitingScreening,
    ReviewQueue,
    Exited,
}

/// <summary>Lists referrals through the seal, without names (audited as a search naming the referrals listed).</summary>
public sealed class ListReferrals(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<ReferralOptions> options, TimeProvider time)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ReferralRow>?> HandleAsync(ReferralListKind kind, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await ReferralSeal.AdmitsAsync(access, audit, "list", null, cancellationToken))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var eraseNotice = today.AddDays(options.Value.ErasureNoticeDays);
        var query = db.Referrals.AsNoTracking();
        query = kind switch
        {
            ReferralListKind.ReviewQueue => query.Where(r => (r.Stage != ReferralStage.Exited && r.ReviewDueOn <= today) || (r.EraseOn != null && r.EraseOn <= eraseNotice)),
            ReferralListKind.AwaitingScreening => query.Where(r => r.Stage == ReferralStage.AwaitingScreening),
            ReferralListKind.Exited => query.Where(r => r.Stage == ReferralStage.Exited),
            _ => query.Where(r => r.Stage != ReferralStage.Exited),
        };
        var rows = await query.OrderBy(r => r.ReviewDueOn).ThenBy(r => r.Id).Take(MaxRows)
            .Join(db.Municipalities, r => r.MunicipalityId, m => m.Id, (r, m) => new ReferralRow(r.Id, r.Reference, r.ReferredOn, m.Id, m.NameEn, r.SubjectAge, r.SubjectSex, r.Stage, r.ReviewDueOn, r.EraseOn))
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Search, ReferralSeal.RecordKind, [.. rows.Select(r => ReferralSeal.Id(r.Id))], "referral case work", Detail: "list " + kind), cancellationToken);
        }

        return rows;
    }
}
