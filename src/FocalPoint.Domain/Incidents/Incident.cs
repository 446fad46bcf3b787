using FocalPoint.Domain.Common;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Incidents;

/// <summary>Something that happened involving firearms, ammunition or explosives, as one agency reported it.</summary>
public class Incident : AuditableEntity
{
    public const int MaxNarrativeLength = 8000;
    public const int MaxAddressLength = 300;
    public const int MaxPlaceLength = 200;

    /// <summary>Human-readable reference such as FP-2022-004711; unique.</summary>
    public string Reference { get; set; } = "";
    public IncidentKind Kind { get; set; }

    /// <summary>The instant, in UTC.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The calendar date where it happened (Europe/Belgrade), kept because statistics count by local date.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The month of <see cref="OccurredOn"/> as yyyymm. Stored (never set: it follows the date) so that the
    /// dashboard's monthly counts read one index in order instead of sorting a year of incidents (ADR 0017).</summary>
    public int OccurredMonth
    {
        get => MonthOf(OccurredOn);
        private set { }
    }

    /// <summary>A date's month as <see cref="OccurredMonth"/> holds it (yyyymm).</summary>
    public static int MonthOf(DateOnly date) => (date.Year * 100) + date.Month;

    /// <summary>The Kosovo municipality; empty exactly when the incident happened abroad (<see cref="PlaceCountryCode"/>).</summary>
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>Copied from the municipality so that lists filter on one indexed column; empty for a place abroad.</summary>
    public int? DirectorateId { get; set; }
    public Directorate? Directorate { get; set; }

    /// <summary>
    /// A place outside Kosovo, kept as the source wrote it (issue 19): the country (ISO 3166-1 alpha-2, never XK), the
    /// region and the place. A partner's record is about places abroad; matching them to a Kosovo municipality by a
    /// close spelling would invent a Kosovo incident. Empty for incidents in Kosovo.
    /// </summary>
    public string? PlaceCountryCode { get; set; }
    public string? PlaceRegion { get; set; }
    public string? PlaceName { get; set; }

    /// <summary>Whether the incident happened outside Kosovo.</summary>
    public bool IsAbroad => PlaceCountryCode is not null;

    public int? CrossingPointId { get; set; }
    public CrossingPoint? CrossingPoint { get; set; }

    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }

    public ReportingAgency ReportingAgency { get; set; }
    public LegalContext LegalContext { get; set; }
    public string Narrative { get; set; } = "";
    public SourceReliability SourceReliability { get; set; } = SourceReliability.X;
    public InformationAccuracy InformationAccuracy { get; set; } = InformationAccuracy.CannotBeJudged;
    public HandlingCode HandlingCode { get; set; } = HandlingCode.H0;
    public Tlp Tlp { get; set; } = Tlp.Green;

    public List<Firearm> Firearms { get; set; } = [];
    public List<Ammunition> Ammunition { get; set; } = [];
    public List<Explosive> Explosives { get; set; } = [];
    public List<Component> Components { get; set; } = [];
    public List<IncidentPerson> Persons { get; set; } = [];
}
