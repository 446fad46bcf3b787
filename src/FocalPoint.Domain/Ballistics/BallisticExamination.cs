using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Domain.Ballistics;

/// <summary>What the ballistic department examined: evidence from a scene, or test fires from a seized firearm.</summary>
public enum ExhibitKind
{
    CartridgeCase,
    Bullet,
    TestFire,
}

/// <summary>
/// One examination of the forensic agency's ballistic department, under its laboratory number: cartridge cases or
/// bullets from the scene of an incident, or test fires from a firearm recorded in the registry. It joins the registry
/// through the incident (and the firearm) only; who sees it around the incident is decided by that incident's need-to-know.
/// </summary>
public class BallisticExamination : AuditableEntity
{
    public const int MaxLabNumberLength = 40;
    public const int MaxCharacteristicsLength = 400;
    public const int MaxResultLength = 1000;
    public const int MaxExaminerLength = 120;

    public string LabNumber { get; set; } = "";
    public ExhibitKind Kind { get; set; }

    /// <summary>The scene (cartridge cases, bullets) or the incident in which the test-fired firearm was recorded.</summary>
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }

    /// <summary>The firearm test-fired; empty for evidence from a scene.</summary>
    public long? FirearmId { get; set; }
    public Firearm? Firearm { get; set; }

    public int? CalibreId { get; set; }

    /// <summary>Class characteristics: rifling (lands and grooves, twist), firing-pin and breech-face marks.</summary>
    public string? ClassCharacteristics { get; set; }
    public string Examiner { get; set; } = "";
    public DateOnly ExaminedOn { get; set; }
    public string? Result { get; set; }
}
