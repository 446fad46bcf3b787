using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Parties;

public class Organisation : AuditableEntity
{
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string? Country { get; set; }
    public string? RegistrationNumber { get; set; }
}
