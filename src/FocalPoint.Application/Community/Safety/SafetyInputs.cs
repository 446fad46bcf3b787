using FocalPoint.Domain.Community;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Community.Safety;

/// <summary>Set-up of an audit (stage 1): what it covers and with whom.</summary>
public sealed record AuditSetUpInput(int? MunicipalityId, string? Title, string? Partners, string? Scope, string? Area, string? DataSources);

/// <summary>A survey instrument: its questions, one a line, and the answer scale.</summary>
public sealed record SurveyInput(string? Title, int ScaleMin, int ScaleMax, string? Questions);

/// <summary>One respondent's answers from the form, in question order.</summary>
public sealed record RespondentInput(Sex Sex, AgeBand AgeBand, CommunityGroup Community, IReadOnlyList<int?> Answers);

public sealed record WalkInput(DateOnly? WalkedOn, string? Route, string? Participants, IReadOnlyList<ObservationInput> Observations);

public sealed record ObservationInput(double? Latitude, double? Longitude, string? Note, bool Hotspot);

public sealed record PriorityInput(string? Problem, string? Rationale);

/// <summary>An action-plan item; a registry kind makes its indicator measured from the registry.</summary>
public sealed record ActionItemInput(
    string? Title, string? Owner, decimal? Budget, DateOnly? Deadline, string? Indicator, IncidentKind? RegistryKind, decimal? Baseline, decimal? Target, long? PriorityId);

public sealed record ProgressInput(DateOnly? On, int PercentDone, decimal? Value, string? Note);

public sealed record MeetingInput(int? MunicipalityId, DateOnly? HeldOn, string? Agenda, string? Minutes);

public sealed record AttendeeInput(string? Represents, Sex Sex, AgeBand AgeBand, CommunityGroup Community);

public sealed record DecisionInput(string? Text, long? ActionItemId);
