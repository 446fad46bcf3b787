using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.CaseFile;

/// <summary>Reads the firearms of the case's visible incidents and attached firearms, and its persons in their roles.</summary>
internal static class GatherCaseFile
{
    public static async Task<List<CaseFileFirearm>> FirearmsAsync(FocalPointDbContext db, CaseDetails details, UserAccess access, ProductLanguage language, CancellationToken ct)
    {
        var incidentIds = details.Incidents.Select(i => i.Id).ToList();
        var attached = details.Records.Where(r => r.Kind == EntityKind.Firearm).Select(r => r.RecordId).ToList();
        var rows = await db.Firearms.AsNoTracking()
            .Where(f => incidentIds.Contains(f.IncidentId) || attached.Contains(f.Id))
            .Where(f => db.Incidents.VisibleTo(access, db).Any(i => i.Id == f.IncidentId))
            .OrderBy(f => f.Incident!.OccurredAtUtc).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Incident!.Reference, f.FirearmType!.NameEn, f.FirearmType.NameSq, f.FirearmType.NameSr,
                Make = f.Make != null ? f.Make.Name : null, f.Model, Calibre = f.Calibre != null ? f.Calibre.Name : null, f.SerialAsWritten,
            })
            .ToListAsync(ct);
        return [.. rows.Select(f => new CaseFileFirearm(
            f.Reference, language switch { ProductLanguage.Sq => f.NameSq, ProductLanguage.Sr => f.NameSr, _ => f.NameEn }, f.Make, f.Model, f.Calibre, f.SerialAsWritten))];
    }

    public static async Task<List<CaseFilePerson>> PersonsAsync(FocalPointDbContext db, CaseDetails details, long caseId, UserAccess access, CancellationToken ct)
    {
        var incidentIds = details.Incidents.Select(i => i.Id).ToList();
        var inIncidents = await db.IncidentPersons.AsNoTracking().Where(ip => incidentIds.Contains(ip.IncidentId))
            .Select(ip => new { ip.PersonId, ip.Role, ip.Incident!.Reference, Person = ip.Person! })
            .ToListAsync(ct);
        var reachable = CaseRecordReach.Reachable(db, access, EntityKind.Person);
        var attached = await db.CaseRecords.AsNoTracking().Where(r => r.CaseId == caseId && r.Kind == EntityKind.Person && reachable.Contains(r.RecordId))
            .Join(db.Persons, r => r.RecordId, p => p.Id, (r, p) => new { r.Role, Person = p })
            .ToListAsync(ct);
        return
        [
            .. inIncidents.Select(p => new CaseFilePerson(p.PersonId, p.Person.FullName, p.Person.DateOfBirth, p.Person.Nationality, p.Role, p.Reference)),
            .. attached.Select(p => new CaseFilePerson(p.Person.Id, p.Person.FullName, p.Person.DateOfBirth, p.Person.Nationality, p.Role ?? Domain.Parties.PersonRole.Other, null)),
        ];
    }
}
