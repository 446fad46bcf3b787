using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// Attaches incidents (by reference), firearms, vehicles and persons to a case and detaches them. Attaching an
/// incident puts it in the team's need-to-know. A person is personal data: it needs a role that reads it and a
/// purpose, and is audited as a collection; an attempt on a person out of reach is audited as refused.
/// </summary>
public sealed class AttachToCase(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> IncidentAsync(long caseId, string? reference, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null)
        {
            return CommandResult<long>.Missing();
        }

        var wanted = reference?.Trim() ?? "";
        var incidentId = await db.Incidents.VisibleTo(access, db).Where(i => i.Reference == wanted).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken);
        if (incidentId is not { } id)
        {
            return Invalid("Reference", Messages.UnknownRecord);
        }

        if (await db.CaseIncidents.AnyAsync(ci => ci.CaseId == caseId && ci.IncidentId == id, cancellationToken))
        {
            return Invalid("Reference", Messages.CaseAlreadyAttached);
        }

        db.CaseIncidents.Add(new CaseIncident { CaseId = caseId, IncidentId = id, AddedAtUtc = time.GetUtcNow().UtcDateTime, AddedBy = access.UserName });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}", $"Incident/{id}"], Detail: "incident attached"), cancellationToken);
        return CommandResult<long>.Ok(id);
    }

    public async Task<CommandResult<long>> RecordAsync(long caseId, EntityKind kind, long recordId, PersonRole? role, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!CaseRecordReach.IsAttachable(kind) || await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null)
        {
            return CommandResult<long>.Missing();
        }

        if (kind == EntityKind.Person && (purpose?.Trim().Length ?? 0) < 5)
        {
            return Invalid("Purpose", Messages.SayWhy, 5);
        }

        if (!await CaseRecordReach.Reachable(db, access, kind).AnyAsync(id => id == recordId, cancellationToken))
        {
            if (kind == EntityKind.Person)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "Person", [$"Person/{recordId}"], purpose, Detail: $"attach to Case/{caseId}"), cancellationToken);
            }

            return Invalid("RecordId", Messages.UnknownRecord);
        }

        if (await db.CaseRecords.AnyAsync(r => r.CaseId == caseId && r.Kind == kind && r.RecordId == recordId, cancellationToken))
        {
            return Invalid("RecordId", Messages.CaseAlreadyAttached);
        }

        db.CaseRecords.Add(new CaseRecord
        {
            CaseId = caseId, Kind = kind, RecordId = recordId, Role = kind == EntityKind.Person ? role ?? PersonRole.Other : null,
            AddedAtUtc = time.GetUtcNow().UtcDateTime, AddedBy = access.UserName,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Collect, kind.ToString(), [$"Case/{caseId}", $"{kind}/{recordId}"], kind == EntityKind.Person ? purpose!.Trim() : null, Detail: "attached to case"),
            cancellationToken);
        return CommandResult<long>.Ok(recordId);
    }

    public async Task<bool> DetachIncidentAsync(long caseId, long incidentId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null
            || await db.CaseIncidents.Where(ci => ci.CaseId == caseId && ci.IncidentId == incidentId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}", $"Incident/{incidentId}"], Detail: "incident detached"), cancellationToken);
        return true;
    }

    public async Task<bool> DetachRecordAsync(long caseId, EntityKind kind, long recordId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null
            || await db.CaseRecords.Where(r => r.CaseId == caseId && r.Kind == kind && r.RecordId == recordId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}", $"{kind}/{recordId}"], Detail: "record detached"), cancellationToken);
        return true;
    }

    private static CommandResult<long> Invalid(string field, MessageTemplate message, params object[] arguments)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message, arguments);
        return CommandResult<long>.Invalid(errors);
    }
}
