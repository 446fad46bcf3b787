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

/// <summary>The lifecycle of a trace: draft, sent, acknowledged by the partner, answered, closed; failed when no usable answer came.</summary>
public enum TraceStatus
{
    Draft,
    Sent,
    Acknowledged,
    Answered,
    Closed,
    Failed,
}

/// <summary>Outgoing: we ask a partner about a firearm we recovered. Incoming: a partner asks us about one they recovered.</summary>
public enum TraceDirection
{
    Outgoing,
    Incoming,
}

/// <summary>A request to establish the history of one firearm; SDG 16.4.2 is computed from these and their results.</summary>
public class TraceRequest : AuditableEntity
{
    public const int MaxMarksLength = 500;
    public const int MaxReferenceLength = 60;
    public const int MaxNoteLength = 500;

    public long FirearmId { get; set; }
    public Firearm? Firearm { get; set; }

    public TraceDirection Direction { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the partner country: the one asked (outgoing) or the one asking (incoming).</summary>
    public string? DestinationCountry { get; set; }
    public TraceChannel Channel { get; set; }
    public TraceStatus Status { get; set; }

    /// <summary>The partner's own reference for the request (their case or message number).</summary>
    public string? PartnerReference { get; set; }

    /// <summary>Sent although the serial is obliterated: the partner is asked from the marks that remain.</summary>
    public bool ObliteratedSerial { get; set; }
    public string? RemainingMarks { get; set; }

    public DateOnly? SentOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? AcknowledgedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Why a trace failed or was closed (no response, refused, firearm unknown to the partner).</summary>
    public string? StatusNote { get; set; }
    public List<TraceResult> Results { get; set; } = [];
}
