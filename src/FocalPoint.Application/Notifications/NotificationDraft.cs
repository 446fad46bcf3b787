using FocalPoint.Domain.Notifications;

namespace FocalPoint.Application.Notifications;

/// <summary>
/// What a producer wants one user told: the kind, the record it opens and that record's reference. Producers name
/// candidates; <see cref="Notify"/> keeps only those who may open the record.
/// </summary>
public sealed record NotificationDraft(string Recipient, NotificationKind Kind, NotificationTarget Target, long TargetId, string Subject);
