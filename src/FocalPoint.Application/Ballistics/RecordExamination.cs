using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

/// <summary>
/// An examination as the ballistic department writes it: the exhibit label carries the incident reference (and for a
/// test fire the serial of the gun), which is all the examiner gives of the registry.
/// </summary>
public sealed record ExaminationInput(
    string? LabNumber, ExhibitKind Kind, string? IncidentReference, string? Serial, int? CalibreId, string? ClassCharacteristics, DateOnly? ExaminedOn, string? Result);

/// <summary>
/// Records an examination under the examiner's name. The incident is found by its reference without reading anything
/// else of it: the examiner holds no registry capability, and the answer says only whether the reference exists.
/// </summary>
public sealed class RecordExamination(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(ExaminationInput input, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.Holds(Capabilities.Ballistics))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.LabNumber), input.LabNumber, BallisticExamination.MaxLabNumberLength, required: true);
        TextRules.Check(errors, nameof(input.ClassCharacteristics), input.ClassCharacteristics, BallisticExamination.MaxCharacteristicsLength);
        TextRules.Check(errors, nameof(input.Result), input.Result, BallisticExamination.MaxResultLength, multiline: true);
        TextRules.Check(errors, nameof(input.IncidentReference), input.IncidentReference, 40, required: true);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), Messages.UnknownValue, string.Join(", ", Enum.GetNames<ExhibitKind>()));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.ExaminedOn is null)
        {
            errors.Add(nameof(input.ExaminedOn), Messages.Required);
        }
        else if (input.ExaminedOn > today)
        {
            errors.Add(nameof(input.ExaminedOn), BallisticsMessages.ExaminedOn);
        }

        if (input.CalibreId is { } calibre && !await db.Calibres.AnyAsync(c => c.Id == calibre, ct))
        {
            errors.Add(nameof(input.CalibreId), Messages.UnknownCalibre, "");
        }

        var lab = input.LabNumber?.Trim();
        if (lab is not null && await db.BallisticExaminations.AnyAsync(e => e.LabNumber == lab, ct))
        {
            errors.Add(nameof(input.LabNumber), BallisticsMessages.LabNumberTaken, lab);
        }

        var (incidentId, firearmId) = errors.IsEmpty ? await ExhibitAsync(input, errors, ct) : (0, null);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var examination = new BallisticExamination
        {
            LabNumber = lab!, Kind = input.Kind, IncidentId = incidentId, FirearmId = firearmId, CalibreId = input.CalibreId,
            ClassCharacteristics = Trimmed(input.ClassCharacteristics), Examiner = access.UserName, ExaminedOn = input.ExaminedOn!.Value, Result = Trimmed(input.Result),
        };
        db.BallisticExaminations.Add(examination);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "BallisticExamination", [$"BallisticExamination/{examination.Id}", $"Incident/{incidentId}"],
            Detail: $"ballistic examination {input.Kind}"), ct);
        return CommandResult<long>.Ok(examination.Id);
    }

    private async Task<(long IncidentId, long? FirearmId)> ExhibitAsync(ExaminationInput input, ValidationErrors errors, CancellationToken ct)
    {
        var reference = input.IncidentReference!.Trim();
        var incidentId = await db.Incidents.Where(i => i.Reference == reference).Select(i => (long?)i.Id).FirstOrDefaultAsync(ct);
        if (incidentId is null)
        {
            errors.Add(nameof(input.IncidentReference), BallisticsMessages.UnknownIncident, reference);
            return (0, null);
        }

        var serial = SerialNumber.Normalise(input.Serial);
        if (input.Kind != ExhibitKind.TestFire)
        {
            if (serial is not null)
            {
                errors.Add(nameof(input.Serial), BallisticsMessages.SceneHasNoFirearm);
            }

            return (incidentId.Value, null);
        }

        if (serial is null)
        {
            errors.Add(nameof(input.Serial), BallisticsMessages.SerialForTestFire);
            return (0, null);
        }

        var firearmId = await db.Firearms.Where(f => f.IncidentId == incidentId && f.SerialNormalised == serial).OrderBy(f => f.Id).Select(f => (long?)f.Id).FirstOrDefaultAsync(ct);
        if (firearmId is null)
        {
            errors.Add(nameof(input.Serial), BallisticsMessages.UnknownFirearm, reference);
        }

        return (incidentId.Value, firearmId);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
