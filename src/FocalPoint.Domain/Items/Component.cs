using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Items;

/// <summary>An essential component (Directive 2021/555 art. 1) seized on its own.</summary>
public class Component : AuditableEntity
{
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public ComponentKind Kind { get; set; }
    public int? CalibreId { get; set; }
    public Calibre? Calibre { get; set; }
    public string? SerialAsWritten { get; set; }
    public string? SerialNormalised { get; set; }
    public int Count { get; set; } = 1;
}
