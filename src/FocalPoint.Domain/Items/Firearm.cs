using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Items;

/// <summary>A firearm recorded as an item of one incident.</summary>
public class Firearm : AuditableEntity
{
    public const int MaxSerialLength = 60;
    public const int MaxModelLength = 80;

    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }

    public int FirearmTypeId { get; set; }
    public FirearmType? FirearmType { get; set; }
    public int? MakeId { get; set; }
    public Make? Make { get; set; }
    public string? Model { get; set; }
    public int? CalibreId { get; set; }
    public Calibre? Calibre { get; set; }

    /// <summary>The serial exactly as the officer wrote it.</summary>
    public string? SerialAsWritten { get; set; }

    /// <summary>Upper-case, without spaces and separators: see <see cref="SerialNumber.Normalise"/>.</summary>
    public string? SerialNormalised { get; set; }

    public MarkingStatus MarkingStatus { get; set; }
    public string? CountryOfManufacture { get; set; }
    public string? CountryOfLastLegalImport { get; set; }
    public int? YearOfManufacture { get; set; }
    public EuCategory? EuCategory { get; set; }

    /// <summary>Point of Annex I within the category, e.g. 6 for A6 (automatic firearms converted to semi-automatic).</summary>
    public int? EuSubcategory { get; set; }

    public bool IsConvertedFromBlankOrAlarm { get; set; }
    public bool IsReactivated { get; set; }
    public bool IsPrivatelyMade { get; set; }
    public bool IsAutomatic { get; set; }
    public FirearmLegalStatus LegalStatus { get; set; }
}
