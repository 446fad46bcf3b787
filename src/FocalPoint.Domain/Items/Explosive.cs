using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Items;

public class Explosive : AuditableEntity
{
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public ExplosiveKind Kind { get; set; }

    /// <summary>Model or designation, e.g. M75.</summary>
    public string? Designation { get; set; }
    public int Count { get; set; }
    public double? MassKg { get; set; }
}
