using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>A person to add to the incident: an existing record (found first, under a purpose) or a new one.</summary>
public sealed class PersonPartyInput
{
    /// <summary>An existing person record; the name fields are then ignored.</summary>
    public long? PersonId { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex Sex { get; set; }

    /// <summary>The data-subject category of the person in this incident.</summary>
    public PersonRole Role { get; set; } = PersonRole.Suspect;
}

/// <summary>A vehicle to add: an existing record, or a new one by its plate.</summary>
public sealed class VehiclePartyInput
{
    public long? VehicleId { get; set; }
    public string? Plate { get; set; }
    public string? Make { get; set; }
    public string? Model { get; set; }
}

/// <summary>A phone number, e-mail address or account to add: an existing record, or a new one.</summary>
public sealed class IdentifierPartyInput
{
    public long? IdentifierId { get; set; }
    public CommunicationKind Kind { get; set; }
    public string? Value { get; set; }
}
