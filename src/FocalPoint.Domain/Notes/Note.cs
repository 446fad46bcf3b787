using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;

namespace FocalPoint.Domain.Notes;

/// <summary>Directive (EU) 2016/680 art. 7: data based on facts are kept distinguishable from personal assessments.</summary>
public enum NoteKind
{
    Fact,
    Assessment,
}

/// <summary>
/// A remark on a registry record (an incident or a person), marked as a fact or an assessment. The author and the
/// time are the audit stamps (CreatedBy, CreatedAtUtc). Kept as (kind, id) like links, so one table serves every record kind.
/// </summary>
public class Note : AuditableEntity
{
    public const int MaxTextLength = 4000;

    public EntityKind SubjectKind { get; set; }
    public long SubjectId { get; set; }
    public NoteKind Kind { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The incident the information comes from, when it is not the subject itself.</summary>
    public long? SourceIncidentId { get; set; }
    public Incident? SourceIncident { get; set; }
}
