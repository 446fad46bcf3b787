using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.Family;

/// <summary>What a merge moves, shown on the confirm step before anything changes.</summary>
public sealed record MergePreview(long TargetId, string TargetReference, string TargetTitle, int Incidents, int Records, int NewMembers, int Tasks, int Notes, int Charts, int Children);

/// <summary>
/// Merges a case into another of the user's cases: incidents, records, team, tasks, journal, saved charts and child
/// cases move in one transaction; the merged case is closed and keeps its own history, pointing to the survivor.
/// The merged case's team joins the survivor's (their need-to-know widens to its records), and the merge is audited.
/// </summary>
public sealed class MergeCases(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<MergePreview>> PreviewAsync(long sourceId, string? targetReference, CancellationToken ct = default)
    {
        var (source, target, errors) = await ResolveAsync(sourceId, targetReference, ct);
        if (source is null)
        {
            return CommandResult<MergePreview>.Missing();
        }

        if (target is null)
        {
            return CommandResult<MergePreview>.Invalid(errors);
        }

        var members = await db.CaseMembers.Where(m => m.CaseId == sourceId).Select(m => m.UserName).ToListAsync(ct);
        var onTarget = await db.CaseMembers.Where(m => m.CaseId == target.Id).Select(m => m.UserName).ToListAsync(ct);
        return CommandResult<MergePreview>.Ok(new MergePreview(target.Id, target.Reference, target.Title,
            await db.CaseIncidents.CountAsync(ci => ci.CaseId == sourceId, ct), await db.CaseRecords.CountAsync(r => r.CaseId == sourceId, ct),
            members.Append(source.Owner).Distinct().Count(m => !onTarget.Contains(m) && m != target.Owner),
            await db.CaseTasks.CountAsync(t => t.CaseId == sourceId, ct), await db.CaseJournal.CountAsync(j => j.CaseId == sourceId, ct),
            await db.SavedCharts.CountAsync(c => c.CaseId == sourceId, ct), await db.Cases.CountAsync(c => c.ParentId == sourceId, ct)));
    }

    public async Task<CommandResult<long>> HandleAsync(long sourceId, string? targetReference, CancellationToken ct = default)
    {
        var (source, target, errors) = await ResolveAsync(sourceId, targetReference, ct);
        if (source is null)
        {
            return CommandResult<long>.Missing();
        }

        if (target is null)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var added = await MoveAsync(source, target, ct);
        var now = time.GetUtcNow().UtcDateTime;
        db.CaseHistory.Add(new CaseHistoryEntry
        {
            CaseId = source.Id, ChangedAtUtc = now, ChangedBy = access.UserName, OldStatus = source.Status, NewStatus = CaseStatus.Closed,
            OldOwner = source.Owner, NewOwner = source.Owner, OldPriority = source.Priority, NewPriority = source.Priority,
        });
        (source.Status, source.MergedIntoId) = (CaseStatus.Closed, target.Id);
        target.ParentId = target.ParentId == source.Id ? source.ParentId : target.ParentId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{source.Id}", $"Case/{target.Id}"],
            Detail: $"case merged into Case/{target.Id}" + (added.Count > 0 ? $"; team members added: {string.Join(", ", added)}" : "")), ct);
        return CommandResult<long>.Ok(target.Id);
    }

    private async Task<(Case? Source, Case? Target, ValidationErrors Errors)> ResolveAsync(long sourceId, string? targetReference, CancellationToken ct)
    {
        var access = await accessContext.GetAsync(ct);
        var errors = new ValidationErrors();
        var source = await CaseAccess.FindWorkedAsync(db, access, sourceId, ct);
        var target = source is null ? null : await CaseTarget.FindAsync(db, audit, access, sourceId, targetReference, "Target", errors, ct);
        return (source, target, errors);
    }

    /// <summary>Moves the work; rows the survivor already has (the same incident, record or member) are not doubled.</summary>
    private async Task<List<string>> MoveAsync(Case source, Case target, CancellationToken ct)
    {
        var incidents = await db.CaseIncidents.Where(ci => ci.CaseId == target.Id).Select(ci => ci.IncidentId).ToListAsync(ct);
        foreach (var ci in await db.CaseIncidents.Where(ci => ci.CaseId == source.Id).ToListAsync(ct))
        {
            db.CaseIncidents.Remove(ci);
            if (!incidents.Contains(ci.IncidentId))
            {
                db.CaseIncidents.Add(new CaseIncident { CaseId = target.Id, IncidentId = ci.IncidentId, AddedAtUtc = ci.AddedAtUtc, AddedBy = ci.AddedBy });
            }
        }

        var records = (await db.CaseRecords.Where(r => r.CaseId == target.Id).Select(r => new { r.Kind, r.RecordId }).ToListAsync(ct)).ToHashSet();
        foreach (var r in await db.CaseRecords.Where(r => r.CaseId == source.Id).ToListAsync(ct))
        {
            db.CaseRecords.Remove(r);
            if (!records.Contains(new { r.Kind, r.RecordId }))
            {
                db.CaseRecords.Add(new CaseRecord { CaseId = target.Id, Kind = r.Kind, RecordId = r.RecordId, Role = r.Role, AddedAtUtc = r.AddedAtUtc, AddedBy = r.AddedBy });
            }
        }

        // The merged case keeps its team too, so its members still find the pointer among their cases.
        var onTarget = await db.CaseMembers.Where(m => m.CaseId == target.Id).Select(m => m.UserName).ToListAsync(ct);
        var added = (await db.CaseMembers.Where(m => m.CaseId == source.Id).Select(m => m.UserName).ToListAsync(ct))
            .Append(source.Owner).Distinct().Where(m => !onTarget.Contains(m) && m != target.Owner).ToList();
        db.CaseMembers.AddRange(added.Select(m => new CaseMember { CaseId = target.Id, UserName = m }));
        await db.SaveChangesAsync(ct);

        await db.CaseTasks.Where(t => t.CaseId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CaseId, target.Id), ct);
        await db.CaseJournal.Where(j => j.CaseId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.CaseId, target.Id), ct);
        await db.SavedCharts.Where(c => c.CaseId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseId, target.Id), ct);
        await db.CaseAttachments.Where(a => a.CaseId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CaseId, target.Id), ct);
        await db.Cases.Where(c => c.ParentId == source.Id && c.Id != target.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentId, target.Id), ct);
        return added;
    }
}
