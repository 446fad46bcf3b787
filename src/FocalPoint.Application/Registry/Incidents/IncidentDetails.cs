using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Registry.Incidents;

public sealed record IncidentDetails(
    long Id,
    string Reference,
    IncidentKind Kind,
    DateTime OccurredAtUtc,
    DateOnly OccurredOn,
    int? MunicipalityId,
    int? DirectorateId,
    PlaceAbroad? Abroad,
    int? CrossingPointId,
    double? Latitude,
    double? Longitude,
    string? Address,
    ReportingAgency ReportingAgency,
    LegalContext LegalContext,
    string Narrative,
    SourceReliability SourceReliability,
    InformationAccuracy InformationAccuracy,
    HandlingCode HandlingCode,
    Tlp Tlp,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime? UpdatedAtUtc,
    string? UpdatedBy,
    IReadOnlyList<FirearmItem> Firearms,
    IReadOnlyList<AmmunitionItem> Ammunition,
    IReadOnlyList<ExplosiveItem> Explosives,
    IReadOnlyList<ComponentItem> Components,
    IReadOnlyList<IncidentPersonItem> Persons,
    IReadOnlyList<LinkItem> Links,
    int PersonCount,
    bool PersonsWithheld);

public sealed record FirearmItem(
    long Id, int FirearmTypeId, int? MakeId, string? Model, int? CalibreId, string? SerialAsWritten, string? SerialNormalised,
    MarkingStatus MarkingStatus, string? CountryOfManufacture, string? CountryOfLastLegalImport, int? YearOfManufacture,
    EuCategory? EuCategory, int? EuSubcategory, bool IsConvertedFromBlankOrAlarm, bool IsReactivated, bool IsPrivatelyMade,
    bool IsAutomatic, FirearmLegalStatus LegalStatus);

public sealed record AmmunitionItem(long Id, int? CalibreId, int Rounds, string? Lot);

public sealed record ExplosiveItem(long Id, ExplosiveKind Kind, string? Designation, int Count, double? MassKg);

public sealed record ComponentItem(long Id, ComponentKind Kind, int? CalibreId, string? SerialAsWritten, int Count);

public sealed record IncidentPersonItem(long PersonId, string Name, DateOnly? DateOfBirth, Sex Sex, PersonRole Role);

public sealed record LinkItem(long Id, EntityKind FromKind, long FromId, string FromLabel, LinkType Type, EntityKind ToKind, long ToId, string ToLabel, double Confidence, DateOnly? ValidFrom);
