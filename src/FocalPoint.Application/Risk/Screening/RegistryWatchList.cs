using FocalPoint.Data;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Risk.WatchList;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>
/// The watch-list screening uses, built from the registry: suspects and convicted persons of firearms incidents
/// (one entry per resolved person where resolution has run, so an alias does not count twice) and the vehicles
/// linked to an incident. Kept per process and brought up to date incrementally: each call reads only the incident
/// roles and links added since the last one; a change to a person or vehicle already listed rebuilds it whole.
/// Entries carry no incident for the officer: the engine reports "a match exists", never what lies behind it.
/// </summary>
public sealed class RegistryWatchList
{
    private static readonly PersonRole[] Watched = [PersonRole.Suspect, PersonRole.Convicted];
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, WatchEntry> entries = new(StringComparer.Ordinal);
    private long lastRoleId;
    private long lastLinkId;
    private DateTime? lastChangeUtc;

    /// <summary>How many entries the last refresh read (the whole list on a rebuild, the additions otherwise).</summary>
    public int LastRead { get; private set; }

    public async Task<IReadOnlyList<WatchEntry>> CurrentAsync(FocalPointDbContext db, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var changed = await db.Persons.MaxAsync(p => p.UpdatedAtUtc, cancellationToken);
            var vehicleChanged = await db.Vehicles.MaxAsync(v => v.UpdatedAtUtc, cancellationToken);
            var stamp = Max(changed, vehicleChanged);
            if (stamp != lastChangeUtc)
            {
                entries.Clear();
                (lastRoleId, lastLinkId, lastChangeUtc) = (0, 0, stamp);
            }
            LastRead = await ReadPersonsAsync(db, cancellationToken) + await ReadVehiclesAsync(db, cancellationToken);
            return [.. entries.Values];
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> ReadPersonsAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.IncidentPersons.AsNoTracking()
            .Where(r => r.Id > lastRoleId && Watched.Contains(r.Role))
            .Select(r => new
            {
                r.Id, r.PersonId, r.IncidentId, r.Person!.GivenName, r.Person.FamilyName, r.Person.DateOfBirth,
                Entity = db.EntityMemberships.Where(m => m.Kind == ResolvedKind.Person && m.RecordId == r.PersonId).Select(m => (long?)m.EntityId).FirstOrDefault(),
            })
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var r in rows)
        {
            var id = r.Entity is { } entity ? $"E{entity}" : $"P{r.PersonId}";
            entries[id] = new WatchEntry(id, WatchKind.Person, $"{r.GivenName} {r.FamilyName}".Trim(), r.DateOfBirth, $"Incident/{r.IncidentId}");
            lastRoleId = r.Id;
        }
        return rows.Count;
    }

    private async Task<int> ReadVehiclesAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Links.AsNoTracking()
            .Where(l => l.Id > lastLinkId && l.SourceIncidentId != null && (l.FromKind == EntityKind.Vehicle || l.ToKind == EntityKind.Vehicle))
            .Select(l => new { l.Id, VehicleId = l.FromKind == EntityKind.Vehicle ? l.FromId : l.ToId, l.SourceIncidentId })
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var plates = await db.Vehicles.AsNoTracking().Where(v => rows.Select(r => r.VehicleId).Contains(v.Id))
            .Select(v => new { v.Id, v.Plate }).ToDictionaryAsync(v => v.Id, v => v.Plate, cancellationToken);
        foreach (var r in rows)
        {
            if (plates.TryGetValue(r.VehicleId, out var plate) && !string.IsNullOrWhiteSpace(plate))
                entries[$"V{r.VehicleId}"] = new WatchEntry($"V{r.VehicleId}", WatchKind.Vehicle, plate, null, $"Incident/{r.SourceIncidentId}");
            lastLinkId = r.Id;
        }
        return rows.Count;
    }

    private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
