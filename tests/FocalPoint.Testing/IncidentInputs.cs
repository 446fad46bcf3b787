using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Testing;

/// <summary>Builders for valid incident input; tests change only what they are about.</summary>
public static class IncidentInputs
{
    public static IncidentInput Seizure(string serial = "B-12 345", string calibre = "7,62x39") => new()
    {
        Kind = IncidentKind.Seizure,
        OccurredAtLocal = new DateTime(2024, 5, 17, 14, 30, 0),
        MunicipalityId = 1,
        ReportingAgency = ReportingAgency.KosovoPolice,
        LegalContext = LegalContext.CriminalOffence,
        Narrative = "Pistol and rifle found in a car boot during a traffic stop.",
        SourceReliability = SourceReliability.B,
        InformationAccuracy = InformationAccuracy.KnownToSource,
        HandlingCode = HandlingCode.H1,
        Firearms =
        [
            new FirearmInput { FirearmTypeId = 1, MakeId = 1, Model = "M70", Calibre = calibre, SerialAsWritten = serial, CountryOfManufacture = "RS" },
        ],
        Ammunition = [new AmmunitionInput { Calibre = calibre, Rounds = 120 }],
    };
}
