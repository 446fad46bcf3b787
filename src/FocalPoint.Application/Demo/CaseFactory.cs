using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Opens a case once a group has shown up in three incidents and adds its later incidents; writes the whole status
/// and owner history at once, since the generator knows how the case will go.
/// </summary>
internal sealed class CaseFactory(DemoContext ctx)
{
    private readonly CaseWorkFactory work = new(ctx);
    private static readonly string[] Owners = ["investigator", "analyst", "commander"];
    private static readonly string[] TeamPool = ["analyst", "investigator", "liaison"];
    private static readonly DateTime Horizon = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Dictionary<int, int> sequenceByYear = [];

    public void OnGroupIncident(Group group, Incident incident)
    {
        if (group.CaseId != 0)
        {
            ctx.Batch.CaseIncidents.Add(new CaseIncident { CaseId = group.CaseId, IncidentId = incident.Id, AddedAtUtc = incident.OccurredAtUtc.AddDays(1), AddedBy = DemoContext.CreatedBy });

            // Once a case is open, its new incidents are need-to-know: only the case team sees them.
            incident.Tlp = Tlp.Red;
            incident.HandlingCode = ctx.Markings.Next(2) == 0 ? HandlingCode.H3 : HandlingCode.H2;
            return;
        }

        if (group.Incidents.Count >= 3)
        {
            Open(group, incident);
        }
    }

    private void Open(Group group, Incident incident)
    {
        var rng = ctx.Random;
        var year = incident.OccurredOn.Year;
        var sequence = sequenceByYear[year] = sequenceByYear.GetValueOrDefault(year) + 1;
        var home = ctx.MunicipalityById[group.HomeMunicipalityId];
        var owner = ctx.Pick(Owners);
        var opened = incident.OccurredAtUtc.AddDays(1 + rng.Next(10));
        var @case = new Case
        {
            Reference = $"CASE-{year}-{sequence:D4}",
            Title = $"{ctx.Pick(["Firearms trafficking network", "Illegal arms sales", "Converted pistols supply"])} around {home.NameEn}",
            Owner = owner,
        };
        ctx.Stamp(@case, ++ctx.Ids.Case, opened);
        @case.CreatedAtUtc = opened;
        group.CaseId = @case.Id;

        var team = new List<string> { owner };
        team.AddRange(TeamPool.Where(m => m != owner).OrderBy(_ => rng.Next()).Take(1 + rng.Next(2)));
        foreach (var incidentId in group.Incidents)
        {
            ctx.Batch.CaseIncidents.Add(new CaseIncident { CaseId = @case.Id, IncidentId = incidentId, AddedAtUtc = opened, AddedBy = owner });
        }

        work.Mark(@case);
        var history = new History(ctx, @case);
        history.Change(opened, owner, CaseStatus.Open, owner);
        var when = opened.AddDays(2 + rng.Next(20));
        history.Change(when, owner, CaseStatus.Active, owner);
        if (rng.Next(100) < 25)
        {
            when = when.AddDays(30 + rng.Next(170));
            history.Change(when, "commander", CaseStatus.Active, ctx.Pick(Owners.Where(o => o != @case.Owner).ToArray()));
        }

        var end = when.AddDays(90 + rng.Next(630));
        if (end < Horizon && rng.Next(100) < 70)
        {
            history.Change(end, @case.Owner, rng.Next(100) < 12 ? CaseStatus.Suspended : CaseStatus.Closed, @case.Owner);
        }

        // The owner is always on the team (a handover above may have named someone new); this adds no visibility,
        // since need-to-know already counts the owner.
        if (!team.Contains(@case.Owner))
        {
            team.Add(@case.Owner);
        }

        ctx.Batch.CaseMembers.AddRange(team.Select(m => new CaseMember { CaseId = @case.Id, UserName = m }));
        work.Fill(@case, team, opened, @case.Status == CaseStatus.Closed ? end : null);

        ctx.Batch.Cases.Add(@case);
    }

    private sealed class History(DemoContext ctx, Case @case)
    {
        private bool first = true;

        public void Change(DateTime at, string by, CaseStatus status, string owner)
        {
            ctx.Batch.CaseHistory.Add(new CaseHistoryEntry
            {
                Id = ++ctx.Ids.CaseHistory,
                CaseId = @case.Id,
                ChangedAtUtc = at,
                ChangedBy = by,
                OldStatus = first ? null : @case.Status,
                NewStatus = status,
                OldOwner = first ? null : @case.Owner,
                NewOwner = owner,
                OldPriority = first ? null : @case.Priority,
                NewPriority = @case.Priority,
            });
            if (!first)
            {
                @case.UpdatedAtUtc = at;
                @case.UpdatedBy = by;
            }

            first = false;
            @case.Status = status;
            @case.Owner = owner;
        }
    }
}
