using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Parties;

public class Vehicle : AuditableEntity
{
    public string Plate { get; set; } = "";

    /// <summary>Plate as compared: upper case, letters and digits only.</summary>
    public string PlateNormalised { get; set; } = "";
    public string? PlateCountry { get; set; }
    public string? Make { get; set; }
    public string? Model { get; set; }
    public string? Vin { get; set; }
}
