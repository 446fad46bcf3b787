using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>A partner's request about a firearm it recovered.</summary>
public sealed class IncomingTraceInput
{
    public string? PartnerCountry { get; set; }
    public string? PartnerReference { get; set; }
    public TraceChannel Channel { get; set; } = TraceChannel.InterpolIarms;
    public DateOnly? RecoveredOn { get; set; }
    public string? RecoveredAt { get; set; }
    public int? FirearmTypeId { get; set; }
    public int? MakeId { get; set; }
    public string? Model { get; set; }
    public string? Calibre { get; set; }
    public string? SerialAsWritten { get; set; }
    public string? RemainingMarks { get; set; }
    public string? CountryOfManufacture { get; set; }
}

/// <summary>
/// Registers a partner's trace request. The partner's recovery becomes an incident abroad (agency: partner
/// jurisdiction), so the firearm joins the registry and the graph, while the IAFQ tables and SDG 16.4.2 leave it out as
/// they leave out every recovery abroad. The request is then answered from the registry with <see cref="RecordTraceAnswer"/>.
/// </summary>
public sealed class RegisterIncomingTrace(FocalPointDbContext db, IAccessContext accessContext, SaveIncident saveIncident, ReferenceCache referenceCache, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(IncomingTraceInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.TraceLiaison))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        var country = input.PartnerCountry?.Trim().ToUpperInvariant();
        var reference = await referenceCache.GetAsync(cancellationToken);
        if (string.IsNullOrEmpty(country) || string.IsNullOrWhiteSpace(input.PartnerReference))
        {
            errors.Add(string.IsNullOrEmpty(country) ? "PartnerCountry" : "PartnerReference", TracingMessages.IncomingPartner);
        }
        else if (!reference.CountryByCode.ContainsKey(country) || country == "XK")
        {
            errors.Add("PartnerCountry", Messages.UnknownCountry, string.Join(", ", reference.CountryByCode.Keys.Where(c => c != "XK").Order(StringComparer.Ordinal)));
        }

        TextRules.Check(errors, "PartnerReference", input.PartnerReference, TraceRequest.MaxReferenceLength);
        TextRules.Check(errors, "RemainingMarks", input.RemainingMarks, TraceRequest.MaxMarksLength);
        if (string.IsNullOrWhiteSpace(input.SerialAsWritten) && string.IsNullOrWhiteSpace(input.RemainingMarks))
        {
            errors.Add("SerialAsWritten", TracingMessages.IncomingSerial);
        }

        if (input.RecoveredOn is null)
        {
            errors.Add("RecoveredOn", Messages.Required);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var saved = await saveIncident.CreateAsync(IncidentFor(input, country!), cancellationToken);
        if (!saved.Succeeded)
        {
            return CommandResult<long>.Invalid(Renamed(saved.Errors!));
        }

        var firearmId = await db.Firearms.Where(f => f.IncidentId == saved.Value).Select(f => f.Id).FirstAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var request = new TraceRequest
        {
            FirearmId = firearmId,
            Direction = TraceDirection.Incoming,
            Channel = input.Channel,
            DestinationCountry = country,
            PartnerReference = input.PartnerReference!.Trim(),
            ObliteratedSerial = string.IsNullOrWhiteSpace(input.SerialAsWritten),
            RemainingMarks = string.IsNullOrWhiteSpace(input.RemainingMarks) ? null : input.RemainingMarks.Trim(),
            Status = TraceStatus.Sent,
            SentOn = today,
            DueOn = today.AddDays(TraceRoutes.DueDays(input.Channel)),
        };
        db.TraceRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(request.Id);
    }

    private static IncidentInput IncidentFor(IncomingTraceInput input, string country) => new()
    {
        Kind = IncidentKind.Seizure,
        OccurredAtLocal = input.RecoveredOn!.Value.ToDateTime(new TimeOnly(12, 0)),
        PlaceCountryCode = country,
        PlaceName = input.RecoveredAt,
        ReportingAgency = ReportingAgency.PartnerJurisdiction,
        LegalContext = LegalContext.CriminalOffence,
        Narrative = $"Firearm recovered by {country}; trace request {input.PartnerReference!.Trim()} received through the liaison officer.",
        Firearms =
        [
            new FirearmInput
            {
                FirearmTypeId = input.FirearmTypeId, MakeId = input.MakeId, Model = input.Model, Calibre = input.Calibre,
                SerialAsWritten = input.SerialAsWritten, CountryOfManufacture = input.CountryOfManufacture,
                MarkingStatus = string.IsNullOrWhiteSpace(input.SerialAsWritten) ? MarkingStatus.Obliterated : MarkingStatus.Marked,
            },
        ],
    };

    // The incident's field names ("Firearms[0].Calibre", "PlaceName") become the form's.
    private static ValidationErrors Renamed(ValidationErrors errors)
    {
        var renamed = new ValidationErrors();
        foreach (var (field, messages) in errors.Entries)
        {
            var name = field.StartsWith("Firearms[0].", StringComparison.Ordinal) ? field["Firearms[0].".Length..]
                : field == "PlaceName" ? "RecoveredAt" : field == "OccurredAtLocal" ? "RecoveredOn" : field;
            messages.ForEach(m => renamed.Add(name, m));
        }

        return renamed;
    }
}
