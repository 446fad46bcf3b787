using System.Globalization;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>One field of a source record as the review and entity pages show it (labels are resource keys).</summary>
public sealed record RecordField(string Label, string? Value);

/// <summary>A source record, side by side with others: its fields and the incidents (within reach) it comes from.</summary>
public sealed record RecordCard(ResolvedKind Kind, long RecordId, string Title, IReadOnlyList<RecordField> Fields, IReadOnlyList<RecordIncident> Incidents);

public sealed record RecordIncident(long IncidentId, string Reference, DateOnly OccurredOn);

/// <summary>Reads source records for display. Callers check access and audit; this only reads what is within reach.</summary>
internal static class RecordCards
{
    public static async Task<List<RecordCard>> LoadAsync(FocalPointDbContext db, UserAccess access, ResolvedKind kind, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var visible = db.Incidents.VisibleTo(access, db);
        return kind == ResolvedKind.Person ? await PersonsAsync(db, visible, ids, ct) : await FirearmsAsync(db, visible, ids, ct);
    }

    private static async Task<List<RecordCard>> PersonsAsync(FocalPointDbContext db, IQueryable<Domain.Incidents.Incident> visible, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var incidents = await db.IncidentPersons.AsNoTracking().Where(ip => ids.Contains(ip.PersonId) && visible.Any(i => i.Id == ip.IncidentId))
            .Select(ip => new { ip.PersonId, ip.IncidentId, ip.Incident!.Reference, ip.Incident.OccurredOn }).ToListAsync(ct);
        return persons.OrderBy(p => p.Id).Select(p => new RecordCard(ResolvedKind.Person, p.Id, p.FullName,
        [
            new("Entity_Given_Name", p.GivenName), new("Entity_Family_Name", p.FamilyName), new("Father_Name", p.FatherName),
            new("Date_Of_Birth", p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("Personal_Number", p.PersonalNumber),
            new("Sex", p.Sex.ToString()), new("Nationality", p.Nationality),
        ], incidents.Where(i => i.PersonId == p.Id).OrderBy(i => i.OccurredOn).Select(i => new RecordIncident(i.IncidentId, i.Reference, i.OccurredOn)).ToList())).ToList();
    }

    private static async Task<List<RecordCard>> FirearmsAsync(FocalPointDbContext db, IQueryable<Domain.Incidents.Incident> visible, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var firearms = await db.Firearms.AsNoTracking().Where(f => ids.Contains(f.Id) && visible.Any(i => i.Id == f.IncidentId))
            .Select(f => new
            {
                f.Id, f.SerialAsWritten, Make = f.Make!.Name, f.Model, Calibre = f.Calibre!.Name, Type = f.FirearmType!.Code, f.CountryOfManufacture,
                f.LegalStatus, f.IncidentId, f.Incident!.Reference, f.Incident.OccurredOn,
            })
            .ToListAsync(ct);
        return firearms.OrderBy(f => f.Id).Select(f => new RecordCard(ResolvedKind.Firearm, f.Id, $"{f.Make} {f.Model} {f.SerialAsWritten}".Trim(),
        [
            new("Serial", f.SerialAsWritten), new("Make", f.Make), new("Model", f.Model), new("Calibre", f.Calibre), new("Type", f.Type),
            new("Country_Of_Manufacture", f.CountryOfManufacture), new("Legal_Status", f.LegalStatus.ToString()),
        ], [new RecordIncident(f.IncidentId, f.Reference, f.OccurredOn)])).ToList();
    }
}
