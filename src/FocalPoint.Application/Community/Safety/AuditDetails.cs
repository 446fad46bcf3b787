using FocalPoint.Domain.Community;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Community.Safety;

public sealed record AuditRow(long Id, int MunicipalityId, string Title, AuditStage Stage, DateTime StartedAtUtc, int ActionItems, int Overdue);

public sealed record StageEntry(AuditStage To, DateTime AtUtc, string By);

/// <summary>The mean answer (and how many answered) overall and per group of one breakdown.</summary>
public sealed record QuestionResult(int Number, string Text, int Answers, decimal? Mean, IReadOnlyList<GroupMean> Groups);

/// <param name="Dimension">"sex", "age" or "community"; Key the enum name.</param>
public sealed record GroupMean(string Dimension, string Key, int Answers, decimal Mean);

public sealed record SurveyDetails(long Id, string Title, int ScaleMin, int ScaleMax, int Respondents, IReadOnlyList<QuestionResult> Questions);

public sealed record ObservationRow(double Latitude, double Longitude, string Note, bool Hotspot);

public sealed record WalkDetails(long Id, DateOnly WalkedOn, string Route, string Participants, IReadOnlyList<ObservationRow> Observations);

public sealed record PriorityRow(long Id, int Rank, string Problem, string Rationale);

public sealed record ProgressRow(DateOnly On, int PercentDone, decimal? Value, string Note, string By);

public sealed record ItemDetails(
    long Id, long? PriorityId, string Title, string Owner, decimal? Budget, DateOnly Deadline, string Indicator, IncidentKind? RegistryKind,
    decimal Baseline, decimal Target, IReadOnlyList<ProgressRow> Progress);

public sealed record AuditDetails(
    long Id, int MunicipalityId, string Title, string Partners, string Scope, string Area, string DataSources, AuditStage Stage,
    IReadOnlyList<StageEntry> History, IReadOnlyList<SurveyDetails> Surveys, IReadOnlyList<WalkDetails> Walks,
    IReadOnlyList<PriorityRow> Priorities, IReadOnlyList<ItemDetails> Items);
