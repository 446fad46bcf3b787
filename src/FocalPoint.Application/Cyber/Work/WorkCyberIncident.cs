using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Work;

/// <summary>The triage decision: where the incident stands, how grave it is, who may see it beyond the unit, who works it.</summary>
public sealed record CyberTriageInput(CyberStatus Status, CyberSeverity Severity, Tlp Tlp, string? Assignee, int Version);

/// <summary>The cyber unit's changes to an incident: triage, a clock met, a note; and reading the reporter's contact.</summary>
public sealed class WorkCyberIncident(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public Task<CommandResult<int>> TriageAsync(long id, CyberTriageInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.Version, (incident, errors) =>
        {
            TextRules.Check(errors, nameof(input.Assignee), input.Assignee?.Trim(), CyberIncident.MaxAssigneeLength);
            incident.Status = input.Status;
            incident.Severity = input.Severity;
            incident.Tlp = input.Tlp;
            incident.Assignee = string.IsNullOrWhiteSpace(input.Assignee) ? null : input.Assignee.Trim();
        }, cancellationToken);

    /// <summary>Records that a reporting stage was met now (the first record stands).</summary>
    public Task<CommandResult<int>> MeetClockAsync(long id, CyberClock clock, int version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (incident, _) => CyberClocks.Meet(incident, clock, time.GetUtcNow().UtcDateTime), cancellationToken);

    public async Task<CommandResult<int>> AddNoteAsync(long id, string? text, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        TextRules.Check(errors, "Text", text?.Trim(), CyberNote.MaxTextLength, required: true, multiline: true);
        if (!access.Holds(Capabilities.CyberWork) || !await db.CyberIncidents.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        db.CyberNotes.Add(new CyberNote { IncidentId = id, Author = access.UserName, AtUtc = time.GetUtcNow().UtcDateTime, Text = text!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(1);
    }

    /// <summary>The reporter's contact, for the purpose given; audited as a consultation of personal data.</summary>
    public async Task<CommandResult<string>> RevealContactAsync(long id, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var contact = access.Holds(Capabilities.CyberWork)
            ? await db.CyberIncidents.AsNoTracking().Where(c => c.Id == id).Select(c => c.Contact).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (contact is null)
        {
            return CommandResult<string>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, "Purpose", purpose?.Trim(), 200, required: true);
        if (!errors.IsEmpty)
        {
            return CommandResult<string>.Invalid(errors);
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "CyberReporter", [CyberAudit.Id(id)], Purpose: purpose!.Trim()), cancellationToken);
        return CommandResult<string>.Ok(contact);
    }

    private async Task<CommandResult<int>> ChangeAsync(long id, int version, Action<CyberIncident, ValidationErrors> change, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var incident = access.Holds(Capabilities.CyberWork) ? await db.CyberIncidents.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (incident is null)
        {
            return CommandResult<int>.Missing();
        }

        if (incident.Version != version)
        {
            return CommandResult<int>.Conflicted();
        }

        var errors = new ValidationErrors();
        change(incident, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<int>.Conflicted();
        }

        return CommandResult<int>.Ok(incident.Version);
    }
}
