using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>A record the builder offers: its key for <see cref="SendInput.Records"/>, what it is, and its conditions.</summary>
/// <param name="TermKey">A resource key for the kind or role to show beside the label (e.g. "PersonRole_Suspect").</param>
public sealed record ShareCandidate(string Key, string Type, string Label, string? TermKey, string Handling, string Tlp);

/// <summary>
/// Finds what can go into a package from an incident or case reference: the incident, its firearms, its persons in
/// their roles, or the case (as an extract of its incidents). Persons are offered by role and number, not by name: the
/// builder is not a person search, and what a partner receives of them is decided by the redaction preview.
/// </summary>
public sealed class FindShareable(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IReadOnlyList<ShareCandidate>> HandleAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var text = reference?.Trim() ?? "";
        if (!access.Holds(Capabilities.SharingSend) || text.Length is 0 or > 40)
        {
            return [];
        }

        var found = new List<ShareCandidate>();
        var incident = await db.Incidents.AsNoTracking().VisibleTo(access, db).Where(i => i.Reference == text)
            .Select(i => new { i.Id, i.Reference, i.Kind, i.HandlingCode, i.Tlp }).FirstOrDefaultAsync(cancellationToken);
        if (incident is not null)
        {
            var (h, t) = (incident.HandlingCode.ToString(), RecordExtractor.Tlp(incident.Tlp));
            found.Add(new("incident:" + incident.Id, "incident", incident.Reference, "IncidentKind_" + incident.Kind, h, t));
            found.AddRange((await db.Firearms.AsNoTracking().Where(f => f.IncidentId == incident.Id).OrderBy(f => f.Id)
                .Select(f => new { f.Id, f.SerialAsWritten, Make = f.Make != null ? f.Make.Name : null, f.Model }).ToListAsync(cancellationToken))
                .Select(f => new ShareCandidate("firearm:" + f.Id, "firearm", $"{f.SerialAsWritten ?? "—"} · {f.Make} {f.Model}".TrimEnd(), null, h, t)));
            var visiblePersons = IncidentVisibility.VisiblePersonIds(db, access);
            found.AddRange((await db.IncidentPersons.AsNoTracking().Where(p => p.IncidentId == incident.Id && visiblePersons.Contains(p.PersonId)).OrderBy(p => p.Id)
                .Select(p => new { p.PersonId, p.Role }).ToListAsync(cancellationToken))
                .Select(p => new ShareCandidate("person:" + p.PersonId, "person", "#" + p.PersonId, "PersonRole_" + p.Role, h, t)));
        }

        var @case = await db.Cases.AsNoTracking().Where(c => c.Reference == text && access.CaseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.Title, c.HandlingCode, c.Tlp }).FirstOrDefaultAsync(cancellationToken);
        if (@case is not null)
        {
            found.Add(new("case:" + @case.Id, "case", $"{@case.Reference} · {@case.Title}", null, @case.HandlingCode.ToString(), RecordExtractor.Tlp(@case.Tlp)));
        }

        return found;
    }
}
