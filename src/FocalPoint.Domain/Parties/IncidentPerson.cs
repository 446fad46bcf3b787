using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Parties;

/// <summary>A person's part in one incident; the role is the data-subject category for that incident.</summary>
public class IncidentPerson
{
    public long Id { get; set; }
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public PersonRole Role { get; set; }
}
