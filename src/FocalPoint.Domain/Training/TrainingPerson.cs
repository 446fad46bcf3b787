using FocalPoint.Domain.Parties;

namespace FocalPoint.Domain.Training;

/// <summary>
/// One trained person, resolved across courses and imports (ADR 0028): the unit "unique persons" counts. Names are as
/// first recorded; <see cref="NameKey"/> is the linkage spelling key under which Albanian, Serbian Latin and Cyrillic
/// spellings agree, used only for matching.
/// </summary>
public class TrainingPerson
{
    public const int MaxNameLength = 100;
    public const int MaxKeyLength = 220;

    public long Id { get; set; }
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public string NameKey { get; set; } = "";
    public int? BirthYear { get; set; }
    public Sex Sex { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One person at one course: a participation, as the attendance sheet recorded it.</summary>
public class TrainingParticipation
{
    public const int MaxTextLength = 200;

    public long Id { get; set; }
    public long CourseId { get; set; }
    public TrainingCourse? Course { get; set; }
    public long PersonId { get; set; }
    public TrainingPerson? Person { get; set; }

    /// <summary>The name as written on this sheet (the person keeps the first spelling met).</summary>
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public Sex Sex { get; set; }

    /// <summary>AVMP age band ("0-18", "19-35", "36-60", "61+") or "NotRecorded".</summary>
    public string AgeBand { get; set; } = "NotRecorded";
    public string Institution { get; set; } = "";
    public string RankOrRole { get; set; } = "";
    public string Region { get; set; } = "";
    public bool Certified { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string RecordedBy { get; set; } = "";
}

/// <summary>Where a match between a participation and an earlier person stands.</summary>
public enum TrainingMatchStatus
{
    Open,
    Same,
    Different,
}

/// <summary>
/// A participation whose person resembles an earlier one without being clearly the same (the band of doubt): until a
/// trainer decides, the participation keeps a person of its own and is counted apart.
/// </summary>
public class TrainingMatchReview
{
    public long Id { get; set; }
    public long ParticipationId { get; set; }
    public TrainingParticipation? Participation { get; set; }
    public long CandidatePersonId { get; set; }
    public TrainingPerson? CandidatePerson { get; set; }
    public double Score { get; set; }
    public TrainingMatchStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
}
