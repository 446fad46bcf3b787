using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notes;

public sealed record NoteInput(EntityKind SubjectKind, long SubjectId, NoteKind Kind, string? Text, long? SourceIncidentId = null);

/// <summary>Adds a fact or an assessment to a reachable incident or person; a note on a person is a collection of personal data and is audited.</summary>
public sealed class AddNote(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CommandResult<long>> HandleAsync(NoteInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.EditsRegistry || !NoteSubjects.IsSupported(input.SubjectKind)
            || !await NoteSubjects.IsReachableAsync(db, access, input.SubjectKind, input.SubjectId, cancellationToken))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Text), input.Text, Note.MaxTextLength, required: true, multiline: true);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), Messages.NoteKind);
        }

        if (input.SourceIncidentId is { } source && !await db.Incidents.VisibleTo(access, db).AnyAsync(i => i.Id == source, cancellationToken))
        {
            errors.Add(nameof(input.SourceIncidentId), Messages.NoSuchIncident);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var note = new Note
        {
            SubjectKind = input.SubjectKind, SubjectId = input.SubjectId, Kind = input.Kind, Text = input.Text!.Trim(), SourceIncidentId = input.SourceIncidentId,
        };
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Collect, input.SubjectKind.ToString(), [$"{input.SubjectKind}/{input.SubjectId}", $"Note/{note.Id}"], Detail: $"{input.Kind} note"),
            cancellationToken);
        return CommandResult<long>.Ok(note.Id);
    }
}
