using FocalPoint.Domain.Community;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>The single point of contact's screening; <see cref="SignpostedTo"/> names the service for a signposting.</summary>
public sealed record ScreeningInput(ScreeningOutcome? Outcome, string? SignpostedTo);

/// <summary>Consent with its legal basis (e.g. the data-protection law's article relied on) and the date given or refused.</summary>
public sealed record ConsentInput(ConsentStatus? Status, string? LegalBasis, DateOnly? On);

public sealed record AssessmentInput(VafLevel? Engagement, VafLevel? Intent, VafLevel? Capability, string? Assessor, DateOnly? AssessedOn);

public sealed record PanelInput(DateOnly? HeldOn, string? Attendees, string? Decision);

public sealed record SupportInput(string? Provider, SupportType? Type, DateOnly? StartedOn);

public sealed record ReviewInput(DateOnly? ReviewedOn, string? Summary);

public sealed record ExitInput(ExitReason? Reason, DateOnly? On, DateOnly? FollowUpOn);
