using FocalPoint.Domain.Common;
using FocalPoint.Domain.Items;

namespace FocalPoint.Domain.Tracing;

public enum TraceChannel
{
    NationalRegistry,
    InterpolIarms,
    AtfEtrace,
    EuropolSiena,
    Bilateral,
    Manufacturer,
}

public enum TraceStatus
{
    Draft,
    Sent,
    Answered,
    NoResponse,
    Closed,
}

/// <summary>A request to establish the history of one firearm; SDG 16.4.2 is computed from these and their results.</summary>
public class TraceRequest : AuditableEntity
{
    public long FirearmId { get; set; }
    public Firearm? Firearm { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the country asked, when the channel is a country.</summary>
    public string? DestinationCountry { get; set; }
    public TraceChannel Channel { get; set; }
    public TraceStatus Status { get; set; }
    public DateOnly? SentOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public List<TraceResult> Results { get; set; } = [];
}
