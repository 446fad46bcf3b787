using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.DataProtection;

public sealed record KeepInput(EntityKind Kind, long Id, string? Justification);

/// <summary>A retention review's "keep for another period": recorded with its justification, and audited.</summary>
public sealed class KeepRecord(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<RetentionOptions> options, TimeProvider time)
{
    public const int MinJustificationLength = 10;

    public async Task<CommandResult<DateOnly>> HandleAsync(KeepInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await IsReachableAsync(access, input, cancellationToken))
        {
            return CommandResult<DateOnly>.Missing();
        }

        var errors = Justifications.Check(input.Justification, RetentionReview.MaxJustificationLength);
        if (!errors.IsEmpty)
        {
            return CommandResult<DateOnly>.Invalid(errors);
        }

        var until = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(options.Value.KeepForYears);
        db.RetentionReviews.Add(new RetentionReview { SubjectKind = input.Kind, SubjectId = input.Id, KeepUntil = until, Justification = input.Justification!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Alter, input.Kind.ToString(), [$"{input.Kind}/{input.Id}"], input.Justification.Trim(), Detail: $"retention: kept until {until:yyyy-MM-dd}"),
            cancellationToken);
        return CommandResult<DateOnly>.Ok(until);
    }

    private async Task<bool> IsReachableAsync(UserAccess access, KeepInput input, CancellationToken cancellationToken) => input.Kind switch
    {
        EntityKind.Person => await DataProtectionAccess.CanReachPersonAsync(db, access, input.Id, cancellationToken),
        EntityKind.Incident => DataProtectionAccess.Allows(access) && await db.Incidents.VisibleTo(access, db).AnyAsync(i => i.Id == input.Id, cancellationToken),
        _ => false,
    };
}

/// <summary>Decisions about keeping or erasing personal data must say why, in a sentence an auditor can read.</summary>
internal static class Justifications
{
    public static ValidationErrors Check(string? justification, int maxLength)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, "Justification", justification, maxLength, required: true);
        if (errors.IsEmpty && justification!.Trim().Length < KeepRecord.MinJustificationLength)
        {
            errors.Add("Justification", Messages.AtLeastCharacters, KeepRecord.MinJustificationLength);
        }

        return errors;
    }
}
