using FocalPoint.Domain.Common;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Parties;

/// <summary>A named place of interest: a house, a warehouse, a meeting point.</summary>
public class Location : AuditableEntity
{
    public string Name { get; set; } = "";
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}
