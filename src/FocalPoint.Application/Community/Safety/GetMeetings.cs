using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

public sealed record MeetingRow(long Id, int MunicipalityId, DateOnly HeldOn, string Agenda, int Decisions, Representation Representation);

/// <summary>A municipality's meetings of one year with the year's representation summed.</summary>
public sealed record MeetingYear(int MunicipalityId, int Year, IReadOnlyList<MeetingRow> Meetings, Representation Total);

public sealed record AttendeeRow(string Represents, Sex Sex, AgeBand AgeBand, CommunityGroup Community);

public sealed record DecisionRow(string Text, long? ActionItemId, string? ActionItem);

public sealed record MeetingDetails(
    long Id, int MunicipalityId, DateOnly HeldOn, string Agenda, string Minutes, IReadOnlyList<AttendeeRow> Attendees,
    IReadOnlyList<DecisionRow> Decisions, Representation Representation);

/// <summary>Council meetings and the representation of women, youth and minorities per meeting and per year.</summary>
public sealed class GetMeetings(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<MeetingYear?> YearAsync(int municipalityId, int year, CancellationToken cancellationToken = default)
    {
        var majority = await MajorityAsync(municipalityId, cancellationToken);
        if (majority is null)
        {
            return null;
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var meetings = await db.CouncilMeetings.AsNoTracking().Include(m => m.Attendees)
            .Where(m => m.MunicipalityId == municipalityId && m.HeldOn >= from && m.HeldOn <= to)
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.HeldOn, m.Agenda, m.Attendees, Decisions = m.Decisions.Count })
            .ToListAsync(cancellationToken);
        var rows = meetings.Select(m => new MeetingRow(m.Id, municipalityId, m.HeldOn, m.Agenda, m.Decisions, Of(m.Attendees, majority.Value))).ToList();
        return new MeetingYear(municipalityId, year, rows, rows.Aggregate(Representation.None, (sum, r) => sum.Add(r.Representation)));
    }

    public async Task<MeetingDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return null;
        }

        var meeting = await db.CouncilMeetings.AsNoTracking().Include(m => m.Attendees).Include(m => m.Decisions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var itemIds = meeting.Decisions.Where(d => d.ActionItemId is not null).Select(d => d.ActionItemId!.Value).ToList();
        var items = await db.ActionItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        var majority = await MajorityAsync(meeting.MunicipalityId, cancellationToken) ?? CommunityGroup.Albanian;
        return new MeetingDetails(
            meeting.Id, meeting.MunicipalityId, meeting.HeldOn, meeting.Agenda, meeting.Minutes,
            [.. meeting.Attendees.OrderBy(a => a.Id).Select(a => new AttendeeRow(a.Represents, a.Sex, a.AgeBand, a.Community))],
            [.. meeting.Decisions.OrderBy(d => d.Id).Select(d => new DecisionRow(d.Text, d.ActionItemId, d.ActionItemId is { } i ? items.GetValueOrDefault(i) : null))],
            Of(meeting.Attendees, majority));
    }

    /// <summary>The action items of the municipality's audits, which a decision can be tied to.</summary>
    public async Task<IReadOnlyList<(long Id, string Title)>> ItemsAsync(int municipalityId, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return [];
        }

        var items = await (from i in db.ActionItems.AsNoTracking() join a in db.SafetyAudits on i.AuditId equals a.Id
                           where a.MunicipalityId == municipalityId orderby i.Deadline, i.Id select new { i.Id, i.Title }).ToListAsync(cancellationToken);
        return [.. items.Select(i => (i.Id, i.Title))];
    }

    /// <summary>The next meeting on or after a day, for the home panel.</summary>
    public async Task<MeetingRow?> NextAsync(DateOnly from, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return null;
        }

        var next = await db.CouncilMeetings.AsNoTracking().Where(m => m.HeldOn >= from).OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.MunicipalityId, m.HeldOn, m.Agenda, Decisions = m.Decisions.Count })
            .FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : new MeetingRow(next.Id, next.MunicipalityId, next.HeldOn, next.Agenda, next.Decisions, Representation.None);
    }

    private async Task<CommunityGroup?> MajorityAsync(int municipalityId, CancellationToken cancellationToken)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return null;
        }

        var code = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Code).SingleOrDefaultAsync(cancellationToken);
        return code is null ? null : MunicipalMajority.Of(code);
    }

    private static Representation Of(IEnumerable<MeetingAttendee> attendees, CommunityGroup majority) =>
        Representation.Of(attendees.Select(a => (a.Sex, a.AgeBand, a.Community)), majority);
}
