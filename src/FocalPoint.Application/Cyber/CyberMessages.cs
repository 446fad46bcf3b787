using FocalPoint.Application.Common;

namespace FocalPoint.Application.Cyber;

/// <summary>Messages of cyber-incident reporting; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class CyberMessages
{
    public static readonly MessageTemplate BadIndicator = new("CyberBadIndicator", "\"{0}\" is not a valid {1}.");
    public static readonly MessageTemplate TooManyIndicators = new("CyberTooManyIndicators", "At most {0} indicators per report.");
    public static readonly MessageTemplate ChallengeFailed = new("CyberChallengeFailed", "The anti-abuse check did not pass or has expired: reload the page and send again.");
    public static readonly MessageTemplate ChallengeSpent = new("CyberChallengeSpent", "This report was already received. Reload the page to send another one.");
    public static readonly MessageTemplate AttachmentTooLarge = new("CyberAttachmentTooLarge", "The file {0} is larger than {1} MB.");
    public static readonly MessageTemplate AttachmentType = new("CyberAttachmentType", "The file {0} is not what its name says, or of a kind not accepted (images, PDF, text, e-mail).");
    public static readonly MessageTemplate TooManyAttachments = new("CyberTooManyAttachments", "At most {0} files per report.");
    public static readonly MessageTemplate DetectedInFuture = new("CyberDetectedInFuture", "The time of detection cannot be in the future.");
    public static readonly MessageTemplate NotFollowed = new("CyberNotFollowed", "No report matches this tracking code and secret.");
    public static readonly MessageTemplate NoOrganisation = new("CyberNoOrganisation", "Your account belongs to no registered organisation: ask the cyber unit to register it.");
    public static readonly MessageTemplate UsersAffected = new("CyberUsersAffected", "Give a number of users from 0 to 100,000,000.");
}
