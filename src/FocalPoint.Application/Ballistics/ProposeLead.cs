using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

public sealed record LeadInput(string? LabNumber, string? MatchedLabNumber);

/// <summary>
/// Records a candidate correlation the laboratory's comparison proposed between two examinations. Class
/// characteristics must agree (the same calibre where both are known), and at least one side is scene evidence.
/// </summary>
public sealed class ProposeLead(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time, LeadNotices notices)
{
    public async Task<CommandResult<long>> HandleAsync(LeadInput input, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.Holds(Capabilities.Ballistics))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        var first = await FindAsync(nameof(input.LabNumber), input.LabNumber, errors, ct);
        var second = await FindAsync(nameof(input.MatchedLabNumber), input.MatchedLabNumber, errors, ct);
        if (first is not null && second is not null)
        {
            await CheckPairAsync(first, second, errors, ct);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var lead = new BallisticLead
        {
            ExaminationId = first!.Id, MatchedExaminationId = second!.Id, State = BallisticLeadState.Lead,
            ProposedAtUtc = time.GetUtcNow().UtcDateTime, ProposedBy = access.UserName,
        };
        db.BallisticLeads.Add(lead);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "BallisticLead",
            [$"BallisticLead/{lead.Id}", $"BallisticExamination/{first.Id}", $"BallisticExamination/{second.Id}"], Detail: "ballistic lead proposed"), ct);
        await notices.ProposedAsync(lead, input.LabNumber!.Trim(), ct);
        return CommandResult<long>.Ok(lead.Id);
    }

    private sealed record Exam(long Id, ExhibitKind Kind, int? CalibreId, string? Calibre);

    private async Task<Exam?> FindAsync(string field, string? labNumber, ValidationErrors errors, CancellationToken ct)
    {
        var lab = labNumber?.Trim();
        if (string.IsNullOrEmpty(lab))
        {
            errors.Add(field, Messages.Required);
            return null;
        }

        var exam = await db.BallisticExaminations.AsNoTracking().Where(e => e.LabNumber == lab)
            .Select(e => new Exam(e.Id, e.Kind, e.CalibreId, db.Calibres.Where(c => c.Id == e.CalibreId).Select(c => c.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (exam is null)
        {
            errors.Add(field, BallisticsMessages.UnknownLabNumber, lab);
        }

        return exam;
    }

    private async Task CheckPairAsync(Exam first, Exam second, ValidationErrors errors, CancellationToken ct)
    {
        const string field = nameof(LeadInput.MatchedLabNumber);
        if (first.Id == second.Id)
        {
            errors.Add(field, BallisticsMessages.SameExamination);
        }
        else if (first.Kind == ExhibitKind.TestFire && second.Kind == ExhibitKind.TestFire)
        {
            errors.Add(field, BallisticsMessages.TwoTestFires);
        }
        else if (first.CalibreId is { } a && second.CalibreId is { } b && a != b)
        {
            errors.Add(field, BallisticsMessages.CalibresDiffer, first.Calibre ?? "", second.Calibre ?? "");
        }
        else if (await db.BallisticLeads.AnyAsync(l => (l.ExaminationId == first.Id && l.MatchedExaminationId == second.Id)
                     || (l.ExaminationId == second.Id && l.MatchedExaminationId == first.Id), ct))
        {
            errors.Add(field, BallisticsMessages.LeadExists);
        }
    }
}
