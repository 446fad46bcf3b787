using FocalPoint.Application.Jobs;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>
/// Erasure at exit plus the retention period (ADR 0025), under the <c>referral-erasure</c> lease (ADR 0024): every
/// referral whose erasure date has come is deleted with all its steps in one transaction, without a tombstone; one
/// Erase audit entry names the referral ids only.
/// </summary>
public sealed class EraseExpiredReferrals(FocalPointDbContext db, IAuditLog audit, TimeProvider time) : IJob
{
    public const string Name = "referral-erasure";

    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var due = await db.Referrals.Where(r => r.EraseOn != null && r.EraseOn <= today).Select(r => r.Id).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new JobResult(0, "no referral due for erasure");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var chunk in due.Chunk(500))
            {
                await db.ReferralAssessments.Where(x => chunk.Contains(x.ReferralId)).ExecuteDeleteAsync(cancellationToken);
                await db.ReferralPanelMeetings.Where(x => chunk.Contains(x.ReferralId)).ExecuteDeleteAsync(cancellationToken);
                await db.ReferralSupportItems.Where(x => chunk.Contains(x.ReferralId)).ExecuteDeleteAsync(cancellationToken);
                await db.ReferralReviews.Where(x => chunk.Contains(x.ReferralId)).ExecuteDeleteAsync(cancellationToken);
                await db.ReferralHistory.Where(x => chunk.Contains(x.ReferralId)).ExecuteDeleteAsync(cancellationToken);
                await db.Referrals.Where(r => chunk.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            // Fencing: a node that lost the lease while it worked commits nothing.
            await lease.ConfirmAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Erase, ReferralSeal.RecordKind, [.. due.Select(ReferralSeal.Id)], Detail: "retention: erased after exit"), cancellationToken);
        return new JobResult(due.Count, $"{due.Count} referral(s) erased after their retention period");
    }
}
