using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Community;

/// <summary>A meeting of the Municipal Community Safety Council (MCSC): agenda, attendance, minutes, decisions.</summary>
public class CouncilMeeting : AuditableEntity
{
    public int MunicipalityId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Agenda { get; set; } = "";
    public string Minutes { get; set; } = "";
    public List<MeetingAttendee> Attendees { get; set; } = [];
    public List<MeetingDecision> Decisions { get; set; } = [];
}

/// <summary>
/// An attendee by the body they represent, with sex, age band and community so that the representation of women,
/// youth and minorities can be reported; no names are needed for that.
/// </summary>
public class MeetingAttendee
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public string Represents { get; set; } = "";
    public Parties.Sex Sex { get; set; }
    public AgeBand AgeBand { get; set; }
    public CommunityGroup Community { get; set; }
}

/// <summary>A decision of the council, tied to the action-plan item it concerns when there is one.</summary>
public class MeetingDecision
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public string Text { get; set; } = "";
    public long? ActionItemId { get; set; }
}
