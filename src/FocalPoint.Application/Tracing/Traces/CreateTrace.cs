using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>A new outgoing trace: the firearm, its destination, and for an obliterated serial the marks that remain.</summary>
public sealed record TraceInput(long FirearmId, TraceChannel Channel, string? Country, bool ObliteratedSerial = false, string? RemainingMarks = null, bool Send = false);

/// <summary>Creates a trace request from a firearm record, as a draft or sent at once; refused with the fields to complete.</summary>
public sealed class CreateTrace(FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(TraceInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var firearm = await TraceAccess.TraceableFirearmAsync(db, access, input.FirearmId, cancellationToken);
        if (firearm is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        var identification = Identification.Of(firearm);
        var marks = input.RemainingMarks?.Trim();
        if (!identification.SerialReadable && !(input.ObliteratedSerial && marks?.Length >= Identification.MinimumMarks))
        {
            errors.Add(input.ObliteratedSerial ? "RemainingMarks" : "Serial", TracingMessages.SerialNeeded, Identification.MinimumMarks);
        }

        TextRules.Check(errors, "RemainingMarks", marks, TraceRequest.MaxMarksLength);
        var reference = await referenceCache.GetAsync(cancellationToken);
        var country = input.Country?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country) && TraceRoutes.AsksCountry(input.Channel))
        {
            errors.Add("Country", TracingMessages.CountryNeeded);
        }
        else if (!string.IsNullOrEmpty(country) && !reference.CountryByCode.ContainsKey(country))
        {
            errors.Add("Country", Messages.UnknownCountry, string.Join(", ", reference.CountryByCode.Keys.Order(StringComparer.Ordinal)));
        }

        var request = new TraceRequest
        {
            FirearmId = firearm.Id,
            Direction = TraceDirection.Outgoing,
            Channel = input.Channel,
            DestinationCountry = string.IsNullOrEmpty(country) ? null : country,
            ObliteratedSerial = input.ObliteratedSerial || !identification.SerialReadable,
            RemainingMarks = string.IsNullOrEmpty(marks) ? null : marks,
            Status = TraceStatus.Draft,
        };
        if (input.Send && errors.IsEmpty)
        {
            TraceLifecycle.Send(request, firearm, access, Today(), errors);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        db.TraceRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(request.Id);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
