using FocalPoint.Application.Common;

namespace FocalPoint.Application.Cases.Attachments;

/// <summary>Messages of case attachments; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class CaseAttachmentMessages
{
    public static readonly MessageTemplate TooLarge = new("CaseAttachmentTooLarge", "{0} is larger than {1} MB.");
    public static readonly MessageTemplate Type = new("CaseAttachmentType",
        "{0}: only PDF, PNG, JPEG, GIF and plain text are accepted, and the content must be what the name says.");
}
