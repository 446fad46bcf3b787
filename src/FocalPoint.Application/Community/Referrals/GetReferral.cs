using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>Opens one referral through the seal; the reading is audited as a consultation.</summary>
public sealed class GetReferral(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<ReferralDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await ReferralSeal.AdmitsAsync(access, audit, "open", id, cancellationToken))
        {
            return null;
        }

        var r = await db.Referrals.AsNoTracking().AsSplitQuery()
            .Include(x => x.Assessments).Include(x => x.PanelMeetings).Include(x => x.SupportItems).Include(x => x.Reviews).Include(x => x.History)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return null;
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == r.MunicipalityId).Select(m => m.NameEn).FirstAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, ReferralSeal.RecordKind, [ReferralSeal.Id(id)], "referral case work"), cancellationToken);
        return new ReferralDetails(
            r.Id, r.Reference, r.ReferredOn, r.ReferringAgency, r.ReferrerRole, r.SubjectName, r.SubjectAge, r.SubjectSex, r.MunicipalityId, municipality,
            r.ReturneeFamily, r.Concerns, r.Stage, r.Screening, r.SignpostedTo, r.Consent, r.ConsentLegalBasis, r.ConsentOn, r.ExitReason, r.ExitedOn,
            r.FollowUpOn, r.ReviewDueOn, r.EraseOn,
            [.. r.Assessments.OrderBy(a => a.AssessedOn).ThenBy(a => a.Id)], [.. r.PanelMeetings.OrderBy(p => p.HeldOn).ThenBy(p => p.Id)],
            [.. r.SupportItems.OrderBy(s => s.StartedOn).ThenBy(s => s.Id)], [.. r.Reviews.OrderBy(v => v.ReviewedOn).ThenBy(v => v.Id)],
            [.. r.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id)]);
    }
}
