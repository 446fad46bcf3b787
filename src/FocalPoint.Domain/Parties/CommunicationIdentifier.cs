using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Parties;

/// <summary>A phone number, e-mail address or account that links people.</summary>
public class CommunicationIdentifier : AuditableEntity
{
    public CommunicationKind Kind { get; set; }
    public string Value { get; set; } = "";
}
