using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>Records a referral from the form: it waits for screening by the single point of contact.</summary>
public sealed class ReferReferral(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<ReferralOptions> options, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(ReferralInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await ReferralSeal.AdmitsAsync(access, audit, "refer", null, cancellationToken))
        {
            return CommandResult<long>.Missing();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var municipalities = (await db.Municipalities.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = ReferralRules.Check(input, today, municipalities);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var referral = new Referral
        {
            // Its own series (REF-): no registry sequence reveals that referrals exist or how many.
            Reference = await YearlyReferences.NextAsync(db.Referrals.Select(r => r.Reference), "REF", today.Year, cancellationToken),
            ReferredOn = input.ReferredOn!.Value,
            ReferringAgency = input.ReferringAgency!.Trim(),
            ReferrerRole = input.ReferrerRole!.Trim(),
            SubjectName = input.SubjectName!.Trim(),
            SubjectAge = input.SubjectAge!.Value,
            SubjectSex = input.SubjectSex,
            MunicipalityId = input.MunicipalityId!.Value,
            ReturneeFamily = input.ReturneeFamily,
            Concerns = input.Concerns!.Trim(),
            Stage = ReferralStage.AwaitingScreening,
            ReviewDueOn = today.AddDays(options.Value.ScreeningDays),
        };
        referral.History.Add(new ReferralStageChange { AtUtc = now, By = access.UserName, To = ReferralStage.AwaitingScreening });
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, ReferralSeal.RecordKind, [ReferralSeal.Id(referral.Id)], Detail: "referral received"), cancellationToken);
        return CommandResult<long>.Ok(referral.Id);
    }
}
