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

    /// <summary>Human-readable reference such as FP-2022-004711; unique.</summary>
    public string Reference { get; set; } = "";
    public IncidentKind Kind { get; set; }

    /// <summary>The instant, in UTC.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The calendar date where it happened (Europe/Belgrade), kept because statistics count by local date.</summary>
    public DateOnly OccurredOn { get; set; }

    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>Copied from the municipality so that lists filter on one indexed column.</summary>
    public int DirectorateId { get; set; }
    public Directorate? Directorate { get; set; }

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
