using FocalPoint.Domain.Incidents;

namespace FocalPoint.Data.Protection;

/// <summary>
/// One word of an incident's narrative, as a keyed hash (<see cref="FieldIndex.Words"/>): the narrative is encrypted,
/// so free-text search finds whole words through this table instead of a LIKE over the text.
/// </summary>
public sealed class IncidentSearchTerm
{
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public long TermHash { get; set; }
}
