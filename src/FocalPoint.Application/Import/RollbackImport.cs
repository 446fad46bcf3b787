using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import;

/// <summary>
/// Removes everything a committed batch created (incidents with their items, word index and persons, and the provenance
/// keys, so the file can be imported again), in one transaction. Refused while later records depend on them: an incident
/// edited or put in a case, a person in another incident, a note, link or trace request made since.
/// </summary>
public sealed class RollbackImport(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<ImportResult<long>> RollbackAsync(long batchId, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var batch = await ImportAccess.FindAsync(db, access, batchId, ct);
        if (batch is null)
        {
            return ImportResult<long>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        if (batch.State != ImportBatchState.Committed)
        {
            return ImportResult<long>.Fail(BatchStateProblems.For(batch, BatchStateProblems.Command.Rollback));
        }

        var incidents = db.ImportRecords.Where(r => r.BatchId == batchId && r.RecordKind == "Incident").Select(r => r.RecordId);
        var persons = db.IncidentPersons.Where(ip => incidents.Contains(ip.IncidentId)).Select(ip => ip.PersonId);
        var firearms = db.Firearms.Where(f => incidents.Contains(f.IncidentId)).Select(f => f.Id);
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await Committing.RevisionRollback.BlockerAsync(db, batchId, ct) is { } blocker)
        {
            return ImportResult<long>.Fail(ImportProblemKind.Conflict, $"Batch {batchId} cannot be rolled back: {blocker}.");
        }

        var restored = await Committing.RevisionRollback.RestoreAsync(db, batchId, ct);
        if (await DependencyAsync(incidents, persons, firearms, ct) is { } dependency)
        {
            return ImportResult<long>.Fail(ImportProblemKind.Conflict, $"Batch {batchId} cannot be rolled back: {dependency}.");
        }

        var personIds = await persons.Distinct().ToListAsync(ct);
        await db.IncidentSearchTerms.Where(t => incidents.Contains(t.IncidentId)).ExecuteDeleteAsync(ct);
        await db.IncidentPersons.Where(ip => incidents.Contains(ip.IncidentId)).ExecuteDeleteAsync(ct);
        await db.Firearms.Where(f => incidents.Contains(f.IncidentId)).ExecuteDeleteAsync(ct);
        await db.Ammunition.Where(a => incidents.Contains(a.IncidentId)).ExecuteDeleteAsync(ct);
        await db.Explosives.Where(e => incidents.Contains(e.IncidentId)).ExecuteDeleteAsync(ct);
        await db.Components.Where(c => incidents.Contains(c.IncidentId)).ExecuteDeleteAsync(ct);
        foreach (var chunk in personIds.Chunk(5000))
        {
            await db.Persons.Where(p => chunk.Contains(p.Id)).ExecuteDeleteAsync(ct);
        }

        var ids = await incidents.ToListAsync(ct);
        foreach (var chunk in ids.Chunk(5000))
        {
            await db.Incidents.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(ct);
        }

        await db.ImportRecords.Where(r => r.BatchId == batchId).ExecuteDeleteAsync(ct);
        batch.State = ImportBatchState.RolledBack;
        batch.Message = $"Rolled back by {access.UserName} at {time.GetUtcNow().UtcDateTime:u}.";
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Erase, "ImportBatch", [$"ImportBatch/{batchId}"],
            Detail: $"rollback: {ids.Count} incidents, {personIds.Count} persons, {restored} updated incidents restored"), ct);
        return ImportResult<long>.Ok(ids.Count);
    }

    private async Task<string?> DependencyAsync(IQueryable<long> incidents, IQueryable<long> persons, IQueryable<long> firearms, CancellationToken ct)
    {
        if (await db.Incidents.AnyAsync(i => incidents.Contains(i.Id) && i.UpdatedAtUtc != null, ct))
        {
            return "an imported incident was edited since";
        }

        if (await db.CaseIncidents.AnyAsync(ci => incidents.Contains(ci.IncidentId), ct))
        {
            return "an imported incident is in a case";
        }

        if (await db.IncidentPersons.AnyAsync(ip => persons.Contains(ip.PersonId) && !incidents.Contains(ip.IncidentId), ct))
        {
            return "an imported person now appears in another incident";
        }

        if (await db.Notes.AnyAsync(n => n.SourceIncidentId != null && incidents.Contains(n.SourceIncidentId.Value)
                || n.SubjectKind == EntityKind.Incident && incidents.Contains(n.SubjectId) || n.SubjectKind == EntityKind.Person && persons.Contains(n.SubjectId), ct))
        {
            return "notes were added to imported records";
        }

        if (await db.Links.AnyAsync(l => l.SourceIncidentId != null && incidents.Contains(l.SourceIncidentId.Value)
                || l.FromKind == EntityKind.Person && persons.Contains(l.FromId) || l.ToKind == EntityKind.Person && persons.Contains(l.ToId), ct))
        {
            return "links were made to imported records";
        }

        return await db.TraceRequests.AnyAsync(t => firearms.Contains(t.FirearmId), ct) ? "a trace request names an imported firearm" : null;
    }
}
