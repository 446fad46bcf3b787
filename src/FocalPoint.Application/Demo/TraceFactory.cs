using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Demo;

/// <summary>Trace requests for about a third of the seized firearms, with answers for most of those answered.</summary>
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
        var answeredOn = sent.AddDays(10 + rng.Next(150));
        request.Status = sent > Horizon ? TraceStatus.Draft
            : answeredOn > Horizon ? TraceStatus.Sent
            : rng.Next(100) switch { < 68 => TraceStatus.Answered, < 88 => TraceStatus.Failed, _ => TraceStatus.Closed };
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
            });
        }
    }

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
