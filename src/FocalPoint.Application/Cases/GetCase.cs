using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// One case with its team, incidents, records, tasks, journal and history. Incidents out of the user's reach are
/// counted, not shown. Persons are listed only for roles that read personal data and only with a purpose: that
/// listing is a consultation and leaves one audit entry naming them.
/// </summary>
public sealed class GetCase(FocalPointDbContext db, IAccessContext accessContext, EntityLabels labels, IAuditLog audit, TimeProvider time)
{
    public async Task<CaseDetails?> HandleAsync(long id, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().VisibleTo(access, db).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var mayEdit = await db.Cases.WorkedBy(access, db).AnyAsync(c => c.Id == id, cancellationToken);
        var team = await db.CaseMembers.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.UserName).Select(m => m.UserName).ToListAsync(cancellationToken);
        var allIncidents = await db.CaseIncidents.CountAsync(ci => ci.CaseId == id, cancellationToken);
        var incidents = (await db.CaseIncidents.AsNoTracking().Where(ci => ci.CaseId == id)
            .Join(db.Incidents.VisibleTo(access, db), ci => ci.IncidentId, i => i.Id, (ci, i) => new { ci, i })
            .OrderBy(x => x.i.OccurredAtUtc)
            .Select(x => new { x.i.Id, x.i.Reference, x.i.Kind, x.i.OccurredAtUtc, x.i.OccurredOn, x.i.HandlingCode, x.i.Tlp, x.ci.AddedAtUtc, x.ci.AddedBy })
            .ToListAsync(cancellationToken))
            .Select(x => new CaseIncidentRow(x.Id, x.Reference, x.Kind, x.OccurredAtUtc, x.OccurredOn, x.HandlingCode, x.Tlp, x.AddedAtUtc, x.AddedBy)).ToList();
        var (records, withheld) = await RecordsAsync(id, access, purpose, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.CaseId == id).OrderBy(t => t.Id)
            .Select(t => new CaseTaskRow(t.Id, t.Title, t.Assignee, t.DueOn, t.Status, false, t.CreatedAtUtc, t.CreatedBy, t.CompletedAtUtc))
            .ToListAsync(cancellationToken);
        var journal = await db.CaseJournal.AsNoTracking().Where(j => j.CaseId == id).OrderByDescending(j => j.CreatedAtUtc).ThenByDescending(j => j.Id)
            .Select(j => new JournalRow(j.Id, j.Kind, j.SourceReliability, j.InformationAccuracy, j.Text, j.CreatedBy, j.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        var history = await db.CaseHistory.AsNoTracking().Where(h => h.CaseId == id).OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id)
            .Select(h => new CaseHistoryRow(h.ChangedAtUtc, h.ChangedBy, h.OldStatus, h.NewStatus, h.OldOwner, h.NewOwner, h.OldPriority, h.NewPriority))
            .ToListAsync(cancellationToken);
        return new CaseDetails(
            @case.Id, @case.Reference, @case.Title, @case.Summary, @case.Status, @case.Priority, @case.HandlingCode, @case.Tlp, @case.Owner, @case.Version,
            @case.CreatedAtUtc, @case.CreatedBy, mayEdit, team, incidents, allIncidents - incidents.Count, records, withheld,
            [.. tasks.Select(t => t with { Overdue = CaseTaskRules.IsOverdue(t.Status, t.DueOn, today) })], journal, history);
    }

    private async Task<(List<CaseRecordRow> Rows, int PersonsWithheld)> RecordsAsync(long caseId, UserAccess access, string? purpose, CancellationToken cancellationToken)
    {
        var attached = await db.CaseRecords.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.AddedAtUtc).ToListAsync(cancellationToken);
        var shown = new List<CaseRecord>();
        foreach (var kind in attached.Select(r => r.Kind).Distinct())
        {
            var ids = attached.Where(r => r.Kind == kind).Select(r => r.RecordId).ToList();
            if (kind == EntityKind.Person && (!access.SeesPersonalData || string.IsNullOrWhiteSpace(purpose)))
            {
                continue;
            }

            var reachable = await CaseRecordReach.Reachable(db, access, kind).Where(r => ids.Contains(r)).ToListAsync(cancellationToken);
            shown.AddRange(attached.Where(r => r.Kind == kind && reachable.Contains(r.RecordId)));
        }

        var persons = shown.Where(r => r.Kind == EntityKind.Person).Select(r => $"Person/{r.RecordId}").ToList();
        if (persons.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", persons, purpose, Detail: $"case Case/{caseId}"), cancellationToken);
        }

        var names = await labels.LabelAsync(shown.Select(r => (r.Kind, r.RecordId)), access, cancellationToken);
        var rows = shown.OrderBy(r => r.AddedAtUtc).Select(r => new CaseRecordRow(r.Kind, r.RecordId, names.GetValueOrDefault((r.Kind, r.RecordId), "?"), r.Role, r.AddedAtUtc, r.AddedBy)).ToList();
        return (rows, attached.Count(r => r.Kind == EntityKind.Person) - persons.Count);
    }
}

internal static class CaseTaskRules
{
    public static bool IsOverdue(CaseTaskStatus status, DateOnly? dueOn, DateOnly today) =>
        status is CaseTaskStatus.Open or CaseTaskStatus.InProgress && dueOn is { } due && due < today;
}
