using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.DataProtection;

/// <param name="Label">A person's name or an incident's reference, for the reviewer.</param>
/// <param name="LastIncidentOn">The newest incident the record belongs to; null for a person in none.</param>
/// <param name="DueOn">When the retention period ran out (the latest of the rule and any earlier "keep" decision).</param>
public sealed record RetentionDueRow(EntityKind Kind, long Id, string Label, DateOnly? LastIncidentOn, DateOnly DueOn);

/// <summary>
/// The review queue: records whose retention period has run out, computed from dates at query time (no scheduler),
/// within the reviewer's reach. A "keep" decision takes a record out until it expires.
/// </summary>
public sealed class ListRetentionDue(FocalPointDbContext db, IAccessContext accessContext, IOptions<RetentionOptions> options, TimeProvider time, IAuditLog audit)
{
    public const int MaxRows = 200;

    /// <param name="purpose">Why the queue is read; when given, the names it shows are audited as one consultation with it.</param>
    public async Task<IReadOnlyList<RetentionDueRow>> HandleAsync(string? purpose = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!DataProtectionAccess.Allows(access))
        {
            return [];
        }

        var rules = options.Value;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var persons = await DuePersonsAsync(access, rules, today, cancellationToken);
        var incidents = await DueIncidentsAsync(access, rules, today, cancellationToken);
        var rows = persons.Concat(incidents).OrderBy(r => r.DueOn).ThenBy(r => r.Kind).ThenBy(r => r.Id).Take(MaxRows).ToList();
        var named = rows.Where(r => r.Kind == EntityKind.Person).Select(r => $"Person/{r.Id}").ToList();
        if (purpose is not null && named.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", named, purpose, Detail: "retention queue"), cancellationToken);
        }

        return rows;
    }

    private async Task<List<RetentionDueRow>> DuePersonsAsync(UserAccess access, RetentionOptions rules, DateOnly today, CancellationToken cancellationToken)
    {
        DateOnly Cut(PersonRole role) => today.AddYears(-rules.YearsFor(role));
        var (suspect, convicted, victim, witness, owner, other) =
            (Cut(PersonRole.Suspect), Cut(PersonRole.Convicted), Cut(PersonRole.Victim), Cut(PersonRole.Witness), Cut(PersonRole.Owner), Cut(PersonRole.Other));
        var reachable = DataProtectionAccess.ReachablePersonIds(db, access);
        // Due when no involvement is still within its role's period, and no "keep" decision is running.
        var due = await db.Persons.AsNoTracking()
            .Where(p => reachable.Contains(p.Id))
            .Where(p => !db.IncidentPersons.Any(ip => ip.PersonId == p.Id && (
                (ip.Role == PersonRole.Suspect && ip.Incident!.OccurredOn > suspect)
                || (ip.Role == PersonRole.Convicted && ip.Incident!.OccurredOn > convicted)
                || (ip.Role == PersonRole.Victim && ip.Incident!.OccurredOn > victim)
                || (ip.Role == PersonRole.Witness && ip.Incident!.OccurredOn > witness)
                || (ip.Role == PersonRole.Owner && ip.Incident!.OccurredOn > owner)
                || (ip.Role == PersonRole.Other && ip.Incident!.OccurredOn > other))))
            .Where(p => !db.RetentionReviews.Any(r => r.SubjectKind == EntityKind.Person && r.SubjectId == p.Id && r.KeepUntil > today))
            .OrderBy(p => p.Id).Take(MaxRows)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName })
            .ToListAsync(cancellationToken);
        var ids = due.Select(p => p.Id).ToList();
        var involvements = await db.IncidentPersons.AsNoTracking().Where(ip => ids.Contains(ip.PersonId))
            .Select(ip => new { ip.PersonId, ip.Role, ip.Incident!.OccurredOn }).ToListAsync(cancellationToken);
        var kept = await LastKeepAsync(EntityKind.Person, ids, cancellationToken);
        return due.Select(p =>
        {
            var mine = involvements.Where(i => i.PersonId == p.Id).ToList();
            var byRule = mine.Count == 0 ? today : mine.Max(i => i.OccurredOn.AddYears(rules.YearsFor(i.Role)));
            var dueOn = kept.TryGetValue(p.Id, out var until) && until > byRule ? until : byRule;
            return new RetentionDueRow(EntityKind.Person, p.Id, $"{p.GivenName} {p.FamilyName}".Trim(), mine.Count == 0 ? null : mine.Max(i => i.OccurredOn), dueOn);
        }).ToList();
    }

    private async Task<List<RetentionDueRow>> DueIncidentsAsync(UserAccess access, RetentionOptions rules, DateOnly today, CancellationToken cancellationToken)
    {
        var cut = today.AddYears(-rules.IncidentWithoutPersonsYears);
        var due = await db.Incidents.AsNoTracking().VisibleTo(access, db)
            .Where(i => i.OccurredOn <= cut && !i.Persons.Any())
            .Where(i => !db.RetentionReviews.Any(r => r.SubjectKind == EntityKind.Incident && r.SubjectId == i.Id && r.KeepUntil > today))
            .OrderBy(i => i.OccurredOn).ThenBy(i => i.Id).Take(MaxRows)
            .Select(i => new { i.Id, i.Reference, i.OccurredOn })
            .ToListAsync(cancellationToken);
        var kept = await LastKeepAsync(EntityKind.Incident, due.Select(i => i.Id).ToList(), cancellationToken);
        return due.Select(i =>
        {
            var byRule = i.OccurredOn.AddYears(rules.IncidentWithoutPersonsYears);
            var dueOn = kept.TryGetValue(i.Id, out var until) && until > byRule ? until : byRule;
            return new RetentionDueRow(EntityKind.Incident, i.Id, i.Reference, i.OccurredOn, dueOn);
        }).ToList();
    }

    private async Task<Dictionary<long, DateOnly>> LastKeepAsync(EntityKind kind, List<long> ids, CancellationToken cancellationToken) =>
        (await db.RetentionReviews.AsNoTracking().Where(r => r.SubjectKind == kind && ids.Contains(r.SubjectId))
            .Select(r => new { r.SubjectId, r.KeepUntil }).ToListAsync(cancellationToken))
        .GroupBy(r => r.SubjectId).ToDictionary(g => g.Key, g => g.Max(r => r.KeepUntil));
}
