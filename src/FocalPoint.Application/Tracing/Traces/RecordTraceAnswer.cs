using FocalPoint.Application.Common;
using FocalPoint.Application.Notifications;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Notifications;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>A partner's answer (outgoing) or ours from the registry (incoming).</summary>
public sealed record TraceAnswerInput(
    DateOnly ReceivedOn, bool PointOfDiversionEstablished, string? DiversionCountry = null, string? PointOfDiversion = null,
    string? LastLegalHolder = null, DateOnly? FirstRetailSaleOn = null, string? Summary = null);

/// <summary>
/// Records an answer and marks the request answered. An established point of diversion becomes a trace result that
/// the one SDG 16.4.2 computation (IafqFactQueries) reads; nothing here counts it. Unknown, draft or closed requests
/// are refused and nothing changes.
/// </summary>
public sealed class RecordTraceAnswer(FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, IAuditLog audit, TimeProvider time, Notify notify)
{
    public async Task<CommandResult<long>> HandleAsync(long traceId, TraceAnswerInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var request = access.Holds(Capabilities.TraceWork)
            ? await TraceAccess.Visible(db, access).Include(t => t.Firearm!).ThenInclude(f => f.Incident).FirstOrDefaultAsync(t => t.Id == traceId, cancellationToken)
            : null;
        if (request is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = await ValidateAsync(request, input, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var result = new TraceResult
        {
            TraceRequestId = request.Id,
            ReceivedOn = input.ReceivedOn,
            PointOfDiversionEstablished = input.PointOfDiversionEstablished,
            DiversionCountry = input.PointOfDiversionEstablished ? input.DiversionCountry!.Trim().ToUpperInvariant() : null,
            EstablishedBy = input.PointOfDiversionEstablished ? DiversionEstablishedBy.Tracing : null,
            PointOfDiversion = Blank(input.PointOfDiversion),
            LastLegalHolder = Blank(input.LastLegalHolder),
            FirstRetailSaleOn = input.FirstRetailSaleOn,
            Summary = Blank(input.Summary),
        };
        db.TraceResults.Add(result);
        request.Status = TraceStatus.Answered;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Conflicted();
        }

        if (result.LastLegalHolder is not null)
        {
            // The last legal holder may be a person: recording it is a collection of personal data.
            await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "TraceRequest", [$"TraceRequest/{request.Id}"], Detail: "trace answer with last legal holder"), cancellationToken);
        }

        await TellAsync(request, cancellationToken);
        return CommandResult<long>.Ok(result.Id);
    }

    /// <summary>The requester and the teams of the cases holding the traced firearm's incident.</summary>
    private async Task TellAsync(TraceRequest request, CancellationToken ct)
    {
        var incidentId = request.Firearm!.IncidentId;
        var teams = await CaseTeams.OfIncidentsAsync(db, [incidentId], ct);
        var subject = "#" + request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await notify.HandleAsync(
            teams[incidentId].Append(request.CreatedBy).Select(u => new NotificationDraft(u, NotificationKind.TraceAnswered, NotificationTarget.Trace, request.Id, subject)), ct);
    }

    private async Task<ValidationErrors> ValidateAsync(TraceRequest request, TraceAnswerInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!TraceLifecycle.TakesAnswer(request.Status))
        {
            errors.Add("Status", request.Status == TraceStatus.Closed ? TracingMessages.AnswerClosed : TracingMessages.NotInState, request.Status, "answered");
            return errors;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.ReceivedOn > today || (request.SentOn is { } sent && input.ReceivedOn < sent))
        {
            errors.Add("ReceivedOn", TracingMessages.AnswerDate, request.SentOn?.ToString("yyyy-MM-dd") ?? "-");
        }

        var recovered = request.Firearm!.Incident!.OccurredOn;
        if (input.FirstRetailSaleOn is { } sale && sale > recovered)
        {
            errors.Add("FirstRetailSaleOn", TracingMessages.SaleDate, recovered.ToString("yyyy-MM-dd"));
        }

        if (input.PointOfDiversionEstablished)
        {
            var reference = await referenceCache.GetAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(input.DiversionCountry) || !reference.CountryByCode.ContainsKey(input.DiversionCountry.Trim().ToUpperInvariant()))
            {
                errors.Add("DiversionCountry", TracingMessages.DiversionCountry);
            }
        }

        TextRules.Check(errors, "PointOfDiversion", input.PointOfDiversion, TraceResult.MaxPointLength);
        TextRules.Check(errors, "LastLegalHolder", input.LastLegalHolder, TraceResult.MaxHolderLength);
        TextRules.Check(errors, "Summary", input.Summary, 2000, multiline: true);
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
