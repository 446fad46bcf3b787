using System.Globalization;
using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>The records as they would leave for one partner, and what stops them leaving.</summary>
public sealed record Extraction(IReadOnlyList<SharedRecord> Records, ValidationErrors Errors);

/// <summary>
/// Reads the chosen records within the user's reach (need-to-know cuts as everywhere: a record out of reach is
/// "unknown") and turns them into shared records carrying their incident's conditions, redacted for the partner.
/// </summary>
public sealed class RecordExtractor(FocalPointDbContext db, IOptions<SharingOptions> options)
{
    private string Own => options.Value.OwnCode;

    public async Task<Extraction> ExtractAsync(UserAccess access, IReadOnlyList<RecordKey> keys, string purpose, SharingPartner partner, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var records = new List<SharedRecord>();
        var incidents = db.Incidents.AsNoTracking().VisibleTo(access, db);
        var incidentIds = keys.Where(k => k.Type == "incident").Select(k => k.Id).ToList();
        var caseIds = keys.Where(k => k.Type == "case").Select(k => k.Id).ToList();
        incidentIds.AddRange(await db.CaseIncidents.Where(c => caseIds.Contains(c.CaseId) && access.CaseIds.Contains(c.CaseId)).Select(c => c.IncidentId).ToListAsync(cancellationToken));

        foreach (var i in await incidents.Where(i => incidentIds.Contains(i.Id)).Include(i => i.Municipality).ToListAsync(cancellationToken))
        {
            records.Add(Record("incident", i.Id, i, purpose, partner, new()
            {
                ["reference"] = i.Reference, ["kind"] = i.Kind.ToString(), ["occurredOn"] = i.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["municipality"] = i.Municipality?.NameEn ?? "", ["placeCountry"] = i.PlaceCountryCode ?? "", ["placeName"] = i.PlaceName ?? "",
                ["agency"] = i.ReportingAgency.ToString(), ["narrative"] = i.Narrative,
            }));
        }

        var firearmIds = keys.Where(k => k.Type == "firearm").Select(k => k.Id).ToList();
        var firearms = await db.Firearms.AsNoTracking().Where(f => firearmIds.Contains(f.Id) && incidents.Any(i => i.Id == f.IncidentId))
            .Include(f => f.Incident).Include(f => f.Make).Include(f => f.Calibre).Include(f => f.FirearmType).ToListAsync(cancellationToken);
        foreach (var f in firearms)
        {
            records.Add(Record("firearm", f.Id, f.Incident!, purpose, partner, new()
            {
                ["serial"] = f.SerialAsWritten ?? "", ["make"] = f.Make?.Name ?? "", ["model"] = f.Model ?? "", ["calibre"] = f.Calibre?.Name ?? "",
                ["type"] = f.FirearmType?.NameEn ?? "", ["countryOfManufacture"] = f.CountryOfManufacture ?? "", ["incident"] = f.Incident!.Reference,
            }));
        }

        await AddPersonsAsync(access, keys, purpose, partner, incidents, records, cancellationToken);
        await AddReceivedAsync(keys, partner, records, errors, cancellationToken);

        var found = records.Select(r => r.Ref).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in keys.Where(k => k.Type is "incident" or "firearm" or "person" && !found.Contains(Ref(k.Type, k.Id))))
        {
            errors.Add("Records", Messages.UnknownRecord);
        }

        return new Extraction(records, errors);
    }

    private async Task AddPersonsAsync(UserAccess access, IReadOnlyList<RecordKey> keys, string purpose, SharingPartner partner, IQueryable<Incident> incidents, List<SharedRecord> records, CancellationToken cancellationToken)
    {
        var personIds = keys.Where(k => k.Type == "person").Select(k => k.Id).ToList();
        var visible = IncidentVisibility.VisiblePersonIds(db, access);
        var roles = await db.IncidentPersons.AsNoTracking().Where(ip => personIds.Contains(ip.PersonId) && visible.Contains(ip.PersonId) && incidents.Any(i => i.Id == ip.IncidentId))
            .Include(ip => ip.Person).Include(ip => ip.Incident).ToListAsync(cancellationToken);

        // A person leaves in their data-subject roles: the strictest conditions of the incidents they appear in go with them.
        foreach (var person in roles.GroupBy(r => r.PersonId))
        {
            var p = person.First().Person!;
            var strictest = person.Select(r => r.Incident!).OrderByDescending(i => i.HandlingCode).ThenByDescending(i => i.Tlp).First();
            records.Add(Record("person", p.Id, strictest, purpose, partner, new()
            {
                ["role"] = string.Join(',', person.Select(r => r.Role.ToString()).Distinct().Order(StringComparer.Ordinal)),
                ["incidents"] = string.Join(',', person.Select(r => r.Incident!.Reference).Distinct().Order(StringComparer.Ordinal)),
                ["givenName"] = p.GivenName, ["familyName"] = p.FamilyName, ["fatherName"] = p.FatherName ?? "",
                ["dateOfBirth"] = p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                ["personalNumber"] = p.PersonalNumber ?? "", ["nationality"] = p.Nationality ?? "",
            }));
        }
    }

    // Forwarding what a partner sent us: its originator's conditions travel unchanged, and H2/H3 stop it.
    private async Task AddReceivedAsync(IReadOnlyList<RecordKey> keys, SharingPartner partner, List<SharedRecord> records, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var ids = keys.Where(k => k.Type == "received").Select(k => k.Id).ToList();
        foreach (var r in await db.ReceivedRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).Include(r => r.Package!.Partner).ToListAsync(cancellationToken))
        {
            if (r.ForwardingForbidden)
            {
                errors.Add("Records", SharingMessages.ForwardForbidden, r.PartnerRef, r.Package!.Partner!.Code, r.Handling);
                continue;
            }

            var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(r.Fields) ?? [];
            records.Add(new SharedRecord(r.Type, r.PartnerRef, r.Handling, r.Tlp, r.SourceGrade, r.InformationGrade, r.Purpose, Redaction.Apply(r.Type, fields, partner)));
        }
    }

    private SharedRecord Record(string type, long id, Incident conditions, string purpose, SharingPartner partner, Dictionary<string, string> fields) =>
        new(type, Ref(type, id), conditions.HandlingCode.ToString(), Tlp(conditions.Tlp), conditions.SourceReliability.ToString(),
            ((int)conditions.InformationAccuracy).ToString(CultureInfo.InvariantCulture), purpose, Redaction.Apply(type, fields, partner));

    private string Ref(string type, long id) => $"{Own}:{char.ToUpperInvariant(type[0])}{type[1..]}/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Tlp(Tlp tlp) => tlp switch
    {
        Domain.Incidents.Tlp.Clear => "CLEAR",
        Domain.Incidents.Tlp.Green => "GREEN",
        Domain.Incidents.Tlp.Amber => "AMBER",
        Domain.Incidents.Tlp.AmberStrict => "AMBER+STRICT",
        _ => "RED",
    };
}
