using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>A person as an import row names them; checked with the same text rules as a form.</summary>
public sealed class ImportPerson
{
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public string? FatherName { get; set; }
    public string? OriginalScriptName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    public string? Nationality { get; set; }
    public string? PersonalNumber { get; set; }
    public PersonRole Role { get; set; }
}

/// <summary>One source row after normalisation: incident fields (used from the first row of a record) and at most one of each item.</summary>
public sealed class ParsedRow
{
    public required long RowNumber { get; init; }
    public string? Key { get; set; }
    public DateTime? OccurredAtLocal { get; set; }

    /// <summary>The exact instant when the file gave one (a time with an offset, as the export writes): kept as is, even in the autumn's repeated hour.</summary>
    public DateTime? OccurredAtUtc { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>A place abroad as written: set instead of <see cref="MunicipalityId"/> when the row's country is not Kosovo.</summary>
    public string? PlaceCountryCode { get; set; }
    public string? PlaceRegion { get; set; }
    public string? PlaceName { get; set; }
    public int? CrossingPointId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }
    public IncidentKind Kind { get; set; }
    public ReportingAgency ReportingAgency { get; set; }
    public LegalContext LegalContext { get; set; }
    public string? Narrative { get; set; }
    public Tlp Tlp { get; set; } = Tlp.Green;
    public HandlingCode HandlingCode { get; set; }
    public SourceReliability SourceReliability { get; set; } = SourceReliability.X;
    public InformationAccuracy InformationAccuracy { get; set; } = InformationAccuracy.CannotBeJudged;
    public FirearmInput? Firearm { get; set; }
    public AmmunitionInput? Ammunition { get; set; }
    public ExplosiveInput? Explosive { get; set; }
    public ImportPerson? Person { get; set; }
    public List<RowError> Errors { get; } = [];

    /// <summary>Places found by a close spelling only (accepted for this import): shown as "matched X to Y".</summary>
    public List<CloseMatch> CloseMatches { get; } = [];
}

/// <summary>A value read as a reference entry it only resembles: the column, the spelling in the file and the entry taken.</summary>
public sealed record CloseMatch(string Column, string Spelling, string MatchedTo);
