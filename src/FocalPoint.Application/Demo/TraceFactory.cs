using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Trace requests for about a third of the seized firearms, in every status of the lifecycle, answered after a time
/// typical of the destination; answers name the first retail sale of civilian guns (time to crime). Lifecycle details
/// come from the tracing stream; the main stream's draws are kept as they were, so other totals do not move.
/// </summary>
internal sealed class TraceFactory(DemoContext ctx)
{
    private static readonly DateOnly Horizon = new(2024, 12, 31);

    public void MaybeTrace(Firearm firearm, Incident incident)
    {
        var rng = ctx.Random;
        if (rng.Next(100) >= 35)
        {
            return;
        }

        var (channel, destination) = Route(firearm);
        var sent = incident.OccurredOn.AddDays(3 + rng.Next(60));
        var request = new TraceRequest
        {
            FirearmId = firearm.Id,
            Channel = channel,
            DestinationCountry = destination,
            SentOn = sent > Horizon ? null : sent,
            DueOn = sent > Horizon ? null : sent.AddDays(ctx.Pick([30, 60, 90])),
        };
        _ = rng.Next(150); // the main stream's former answer delay, drawn so that later draws stay aligned
        var answeredOn = sent.AddDays(AnswerDays(channel));
        request.Status = sent > Horizon ? TraceStatus.Draft
            : answeredOn > Horizon ? (ctx.Tracing.Next(100) < 45 ? TraceStatus.Acknowledged : TraceStatus.Sent)
            : rng.Next(100) switch { < 68 => TraceStatus.Answered, < 88 => TraceStatus.Failed, _ => TraceStatus.Closed };
        Lifecycle(request, sent, answeredOn);
        ctx.Batch.TraceRequests.Add(ctx.Stamp(request, ++ctx.Ids.TraceRequest, incident.OccurredAtUtc.AddDays(3)));

        if (request.Status is TraceStatus.Answered or TraceStatus.Closed && rng.Next(100) < 90)
        {
            var established = rng.Next(100) < 45;
            ctx.Batch.TraceResults.Add(new TraceResult
            {
                Id = ++ctx.Ids.TraceResult,
                TraceRequestId = request.Id,
                ReceivedOn = answeredOn,
                PointOfDiversionEstablished = established,
                DiversionCountry = established ? DiversionCountry(firearm) : null,
                EstablishedBy = established ? (rng.Next(100) < 75 ? DiversionEstablishedBy.Tracing : DiversionEstablishedBy.Intelligence) : null,
                Summary = established ? "History established up to the point where the firearm left legal control." : "Manufacture confirmed; later history unknown.",
                FirstRetailSaleOn = established && !firearm.IsAutomatic ? FirstSale(incident.OccurredOn) : null,
                PointOfDiversion = established ? (firearm.IsAutomatic ? "Looted from a state depot" : "Sold legally, later reported stolen or resold without licence") : null,
            });
        }
    }

    // Days to an answer as the focal point sees them: the national registry within weeks, regional partners in one to
    // two months, manufacturers and Europol slower, INTERPOL through UNMIK slowest.
    private int AnswerDays(TraceChannel channel)
    {
        var r = ctx.Tracing;
        return channel switch
        {
            TraceChannel.NationalRegistry => 4 + r.Next(18),
            TraceChannel.Bilateral => 18 + r.Next(60),
            TraceChannel.AtfEtrace => 8 + r.Next(30),
            TraceChannel.Manufacturer => 30 + r.Next(90),
            TraceChannel.EuropolSiena => 25 + r.Next(80),
            _ => 45 + r.Next(160),
        };
    }

    private void Lifecycle(TraceRequest request, DateOnly sent, DateOnly answeredOn)
    {
        if (request.Status is TraceStatus.Draft or TraceStatus.Sent)
        {
            return;
        }

        request.AcknowledgedOn = sent.AddDays(1 + ctx.Tracing.Next(10));
        if (request.Status == TraceStatus.Failed)
        {
            request.StatusNote = ctx.Tracing.Next(3) switch { 0 => "No response after two reminders.", 1 => "Partner has no record of this serial.", _ => "Refused: request incomplete." };
        }
        else if (request.Status == TraceStatus.Closed)
        {
            request.ClosedOn = answeredOn.AddDays(ctx.Tracing.Next(30));
        }
    }

    // Civilian guns reach crime from a few months to decades after their first sale; a fifth within three years.
    private DateOnly FirstSale(DateOnly recovered) =>
        recovered.AddDays(-(ctx.Tracing.Next(100) < 20 ? 90 + ctx.Tracing.Next(900) : 1100 + ctx.Tracing.Next(9000)));

    private (TraceChannel, string?) Route(Firearm firearm)
    {
        var origin = firearm.CountryOfManufacture;
        return ctx.Random.Next(100) switch
        {
            < 35 => (TraceChannel.NationalRegistry, "XK"),
            < 60 when origin is not null and not "XK" => (TraceChannel.Bilateral, origin),
            < 60 => (TraceChannel.Bilateral, ctx.Pick(["AL", "MK", "ME"])),
            < 70 => (TraceChannel.InterpolIarms, null),
            < 78 => (TraceChannel.EuropolSiena, null),
            < 90 when origin is not null and not "XK" => (TraceChannel.Manufacturer, origin),
            < 90 => (TraceChannel.NationalRegistry, "XK"),
            _ => (TraceChannel.AtfEtrace, "US"),
        };
    }

    // Military rifles mostly left control in the 1997 Albanian and 1998-99 Kosovo lootings; Turkish blank-firers
    // were sold legally in Bulgaria before conversion; legal civilian guns were stolen at home.
    private string DiversionCountry(Firearm firearm) => firearm switch
    {
        { IsConvertedFromBlankOrAlarm: true } => ctx.Random.Next(100) < 70 ? "BG" : "TR",
        { IsAutomatic: true } => ctx.Random.Next(100) < 55 ? "AL" : "XK",
        _ => ctx.Random.Next(100) < 70 ? "XK" : ctx.Pick(["RS", "AL", "MK", "DE", "CH"]),
    };
}
