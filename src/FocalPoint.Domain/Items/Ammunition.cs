using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Items;

public class Ammunition : AuditableEntity
{
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public int? CalibreId { get; set; }
    public Calibre? Calibre { get; set; }
    public int Rounds { get; set; }
    public string? Lot { get; set; }
}
