using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>One referral as its case worker sees it, with every step and its stage history.</summary>
public sealed record ReferralDetails(
    long Id, string Reference, DateOnly ReferredOn, string ReferringAgency, string ReferrerRole,
    string SubjectName, int SubjectAge, Sex SubjectSex, int MunicipalityId, string Municipality, bool ReturneeFamily, string Concerns,
    ReferralStage Stage, ScreeningOutcome? Screening, string? SignpostedTo, ConsentStatus? Consent, string? ConsentLegalBasis, DateOnly? ConsentOn,
    ExitReason? ExitReason, DateOnly? ExitedOn, DateOnly? FollowUpOn, DateOnly ReviewDueOn, DateOnly? EraseOn,
    IReadOnlyList<ReferralAssessment> Assessments, IReadOnlyList<ReferralPanelMeeting> PanelMeetings,
    IReadOnlyList<ReferralSupportItem> SupportItems, IReadOnlyList<ReferralReview> Reviews, IReadOnlyList<ReferralStageChange> History);

/// <summary>A referral in a list: no name, no narrative (the list is seen at a glance; the name only on its own page).</summary>
public sealed record ReferralRow(long Id, string Reference, DateOnly ReferredOn, int MunicipalityId, string Municipality, int SubjectAge, Sex SubjectSex, ReferralStage Stage, DateOnly ReviewDueOn, DateOnly? EraseOn);
