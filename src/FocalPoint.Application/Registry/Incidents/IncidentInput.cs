using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>What a form or an API client sends to record or correct an incident; never an entity.</summary>
public sealed class IncidentInput
{
    /// <summary>The version read before editing; a save against an older version is refused as a conflict.</summary>
    public int Version { get; set; }
    public IncidentKind Kind { get; set; } = IncidentKind.Seizure;

    /// <summary>Local time in Kosovo (Europe/Belgrade); stored as UTC plus the local date.</summary>
    public DateTime? OccurredAtLocal { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>For a place outside Kosovo instead of a municipality: the country (ISO alpha-2), region and place as written.</summary>
    public string? PlaceCountryCode { get; set; }
    public string? PlaceRegion { get; set; }
    public string? PlaceName { get; set; }
    public int? CrossingPointId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }
    public ReportingAgency ReportingAgency { get; set; }
    public LegalContext LegalContext { get; set; }
    public string? Narrative { get; set; }
    public SourceReliability SourceReliability { get; set; } = SourceReliability.X;
    public InformationAccuracy InformationAccuracy { get; set; } = InformationAccuracy.CannotBeJudged;
    public HandlingCode HandlingCode { get; set; }
    public Tlp Tlp { get; set; } = Tlp.Green;
    public List<FirearmInput> Firearms { get; set; } = [];
    public List<AmmunitionInput> Ammunition { get; set; } = [];
    public List<ExplosiveInput> Explosives { get; set; } = [];
    public List<ComponentInput> Components { get; set; } = [];

    /// <summary>Persons, vehicles and identifiers to add to the incident (records already on it stay as they are).</summary>
    public List<PersonPartyInput> Persons { get; set; } = [];
    public List<VehiclePartyInput> Vehicles { get; set; } = [];
    public List<IdentifierPartyInput> Identifiers { get; set; } = [];
}

public sealed class FirearmInput
{
    /// <summary>Set when correcting an existing firearm; empty for a new one.</summary>
    public long? Id { get; set; }
    public int? FirearmTypeId { get; set; }
    public int? MakeId { get; set; }
    public string? Model { get; set; }

    /// <summary>Any known spelling ("7,62x39", "7.62×39 mm"); stored as the canonical calibre.</summary>
    public string? Calibre { get; set; }
    public string? SerialAsWritten { get; set; }
    public MarkingStatus MarkingStatus { get; set; }
    public string? CountryOfManufacture { get; set; }
    public string? CountryOfLastLegalImport { get; set; }
    public int? YearOfManufacture { get; set; }
    public EuCategory? EuCategory { get; set; }
    public int? EuSubcategory { get; set; }
    public bool IsConvertedFromBlankOrAlarm { get; set; }
    public bool IsReactivated { get; set; }
    public bool IsPrivatelyMade { get; set; }
    public bool IsAutomatic { get; set; }
    public FirearmLegalStatus LegalStatus { get; set; }
}

public sealed class AmmunitionInput
{
    public long? Id { get; set; }
    public string? Calibre { get; set; }
    public int Rounds { get; set; }
    public string? Lot { get; set; }
}

public sealed class ExplosiveInput
{
    public long? Id { get; set; }
    public ExplosiveKind Kind { get; set; }
    public string? Designation { get; set; }
    public int Count { get; set; } = 1;
    public double? MassKg { get; set; }
}

public sealed class ComponentInput
{
    public long? Id { get; set; }
    public ComponentKind Kind { get; set; }
    public string? Calibre { get; set; }
    public string? SerialAsWritten { get; set; }
    public int Count { get; set; } = 1;
}
