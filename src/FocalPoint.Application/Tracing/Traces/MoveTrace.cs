using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>Moves a trace one step through its lifecycle; a step the status does not allow changes nothing.</summary>
public sealed class MoveTrace(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<CommandResult<TraceStatus>> HandleAsync(long id, TraceMove move, string? note = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var request = access.Holds(Capabilities.TraceWork)
            ? await TraceAccess.Visible(db, access).Include(t => t.Firearm).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            : null;
        if (request is null)
        {
            return CommandResult<TraceStatus>.Missing();
        }

        var errors = new ValidationErrors();
        if (!TraceLifecycle.Allows(request.Status, move))
        {
            errors.Add("Move", TracingMessages.NotInState, request.Status, move);
            return CommandResult<TraceStatus>.Invalid(errors);
        }

        note = note?.Trim();
        TextRules.Check(errors, "Note", note, TraceRequest.MaxNoteLength, required: move == TraceMove.Fail);
        if (errors.For("Note").Count > 0 && move == TraceMove.Fail && string.IsNullOrEmpty(note))
        {
            errors.Remove("Note");
            errors.Add("Note", TracingMessages.ReasonNeeded, TraceRequest.MaxNoteLength);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        switch (move)
        {
            case TraceMove.Send when errors.IsEmpty:
                TraceLifecycle.Send(request, request.Firearm!, access, today, errors);
                break;
            case TraceMove.Acknowledge:
                request.Status = TraceStatus.Acknowledged;
                request.AcknowledgedOn = today;
                break;
            case TraceMove.Fail:
                request.Status = TraceStatus.Failed;
                break;
            case TraceMove.Close:
                request.Status = TraceStatus.Closed;
                request.ClosedOn = today;
                break;
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<TraceStatus>.Invalid(errors);
        }

        if (!string.IsNullOrEmpty(note))
        {
            request.StatusNote = note;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<TraceStatus>.Conflicted();
        }

        return CommandResult<TraceStatus>.Ok(request.Status);
    }
}
