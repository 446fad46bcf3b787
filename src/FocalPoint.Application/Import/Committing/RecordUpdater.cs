using System.Text.Json;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Committing;

/// <summary>An imported record as the importer remembers it: content, registry incident and provenance row.</summary>
internal sealed record KnownRecord(long ContentHash, long RecordId, long ImportRecordId, long BatchId);

/// <summary>
/// Applies a changed row to the incident an earlier import created ("update changed records"), inside the import's
/// transaction, and keeps what it was as an <see cref="ImportRevision"/> of this batch. Refused, as a row error, when the
/// change cannot be made safely: the incident was edited in the registry since, the handling code would go down, or its
/// items or persons changed (a file updates the incident's own fields and its items in place, never who is named).
/// </summary>
internal sealed class RecordUpdater(FocalPointDbContext db, ReferenceSnapshot reference, ImportBatch batch)
{
    public List<long> Updated { get; } = [];

    public async Task<string?> UpdateAsync(ImportCandidate candidate, KnownRecord known, CancellationToken ct)
    {
        var incident = await db.Incidents.Include(i => i.Firearms).Include(i => i.Ammunition).Include(i => i.Explosives)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == known.RecordId, ct);
        if (await RefusalAsync(candidate, known, incident, ct) is { } refusal)
        {
            if (incident is not null)
            {
                Detach(incident);
            }

            return refusal;
        }

        var input = candidate.Input!;
        var previous = RecordSnapshot.Of(db, incident!);
        MatchItemsByPosition(input, incident!);
        IncidentMapper.Apply(input, incident!, reference);
        incident!.OccurredAtUtc = candidate.Parsed[0].OccurredAtUtc ?? incident.OccurredAtUtc;
        await db.SaveChangesAsync(ct);

        db.ImportRevisions.Add(new ImportRevision
        {
            BatchId = batch.Id, ImportRecordId = known.ImportRecordId, IncidentId = incident.Id, RowNumber = candidate.FirstRow,
            PreviousContentHash = known.ContentHash, VersionAfter = incident.Version, PreviousJson = previous,
        });
        await db.SaveChangesAsync(ct);
        await db.ImportRecords.Where(r => r.Id == known.ImportRecordId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ContentHash, candidate.ContentHash), ct);
        Detach(incident);
        db.ChangeTracker.Entries<ImportRevision>().ToList().ForEach(e => e.State = EntityState.Detached);
        Updated.Add(incident.Id);
        return null;
    }

    private async Task<string?> RefusalAsync(ImportCandidate candidate, KnownRecord known, Incident? incident, CancellationToken ct)
    {
        if (incident is null)
        {
            return "The record it updates is no longer in the registry.";
        }

        // An import changes Version exactly once per revision: any other version means a person edited the incident since.
        var expected = await db.ImportRevisions.Where(r => r.ImportRecordId == known.ImportRecordId)
            .OrderByDescending(r => r.Id).Select(r => (int?)r.VersionAfter).FirstOrDefaultAsync(ct) ?? 1;
        if (incident.Version != expected)
        {
            return $"Incident {incident.Reference} was edited in the registry since it was imported; the file would overwrite that edit.";
        }

        var input = candidate.Input!;
        if (input.HandlingCode < incident.HandlingCode)
        {
            return $"The update would lower the handling code of {incident.Reference} from {incident.HandlingCode} to {input.HandlingCode}; an update never lowers it.";
        }

        if (input.Firearms.Count != incident.Firearms.Count || input.Ammunition.Count != incident.Ammunition.Count
            || input.Explosives.Count != incident.Explosives.Count)
        {
            return $"The number of firearms, ammunition lots or explosives of {incident.Reference} changed; an update changes items in place only.";
        }

        var named = await db.IncidentPersons.Where(ip => ip.IncidentId == incident.Id)
            .Select(ip => new { ip.Person!.GivenName, ip.Person.FamilyName, ip.Person.DateOfBirth, ip.Role }).ToListAsync(ct);
        var before = named.Select(p => $"{p.GivenName}|{p.FamilyName}|{p.DateOfBirth}|{p.Role}").Order(StringComparer.Ordinal);
        var after = candidate.Persons.Select(p => $"{p.GivenName.Trim()}|{p.FamilyName.Trim()}|{p.DateOfBirth}|{p.Role}").Order(StringComparer.Ordinal);
        return before.SequenceEqual(after, StringComparer.Ordinal)
            ? null
            : $"The persons named in {incident.Reference} changed; an update from a file never changes who is named.";
    }

    /// <summary>Same number of items: the file's n-th firearm is the record's n-th (by id), changed in place so that traces and links keep their item.</summary>
    private static void MatchItemsByPosition(IncidentInput input, Incident incident)
    {
        var firearms = incident.Firearms.OrderBy(f => f.Id).ToList();
        var ammunition = incident.Ammunition.OrderBy(a => a.Id).ToList();
        var explosives = incident.Explosives.OrderBy(e => e.Id).ToList();
        for (var i = 0; i < firearms.Count; i++)
        {
            input.Firearms[i].Id = firearms[i].Id;
        }

        for (var i = 0; i < ammunition.Count; i++)
        {
            input.Ammunition[i].Id = ammunition[i].Id;
        }

        for (var i = 0; i < explosives.Count; i++)
        {
            input.Explosives[i].Id = explosives[i].Id;
        }
    }

    private void Detach(Incident incident)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity == incident || incident.Firearms.Contains(e.Entity)
            || incident.Ammunition.Contains(e.Entity) || incident.Explosives.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}

/// <summary>An incident and its items as stored: the scalar values of each row, without navigations, as JSON.</summary>
internal sealed record RecordSnapshot(Incident Incident, List<Domain.Items.Firearm> Firearms, List<Domain.Items.Ammunition> Ammunition, List<Domain.Items.Explosive> Explosives)
{
    public static string Of(FocalPointDbContext db, Incident incident) => JsonSerializer.Serialize(new RecordSnapshot(
        (Incident)db.Entry(incident).CurrentValues.ToObject(),
        [.. incident.Firearms.Select(f => (Domain.Items.Firearm)db.Entry(f).CurrentValues.ToObject())],
        [.. incident.Ammunition.Select(a => (Domain.Items.Ammunition)db.Entry(a).CurrentValues.ToObject())],
        [.. incident.Explosives.Select(e => (Domain.Items.Explosive)db.Entry(e).CurrentValues.ToObject())]));

    public static RecordSnapshot Read(string json) => JsonSerializer.Deserialize<RecordSnapshot>(json)!;
}
