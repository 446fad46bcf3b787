using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notes;

public sealed record NoteRow(long Id, NoteKind Kind, string Text, string Author, DateTime CreatedAtUtc, long? SourceIncidentId);

/// <summary>The notes on one reachable record, newest first; null when the record is out of reach.</summary>
public sealed class ListNotes(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<IReadOnlyList<NoteRow>?> HandleAsync(EntityKind subjectKind, long subjectId, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!NoteSubjects.IsSupported(subjectKind) || !await NoteSubjects.IsReachableAsync(db, access, subjectKind, subjectId, cancellationToken))
        {
            return null;
        }

        var notes = await db.Notes.AsNoTracking().Where(n => n.SubjectKind == subjectKind && n.SubjectId == subjectId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.Kind, n.Text, n.CreatedBy, n.CreatedAtUtc, n.SourceIncidentId))
            .ToListAsync(cancellationToken);
        if (subjectKind == EntityKind.Person)
        {
            // Notes on a person are personal data: reading them is a consultation.
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", [$"Person/{subjectId}"], purpose, Detail: "notes"), cancellationToken);
        }

        return notes;
    }
}
