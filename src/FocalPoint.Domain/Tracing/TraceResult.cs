namespace FocalPoint.Domain.Tracing;

public enum DiversionEstablishedBy
{
    Tracing,
    Intelligence,
}

/// <summary>An answer to a trace request; establishes the point of diversion when the history is known.</summary>
public class TraceResult
{
    public long Id { get; set; }
    public long TraceRequestId { get; set; }
    public TraceRequest? TraceRequest { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public bool PointOfDiversionEstablished { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the country where the firearm left legal control.</summary>
    public string? DiversionCountry { get; set; }
    public DiversionEstablishedBy? EstablishedBy { get; set; }
    public string? Summary { get; set; }
}
