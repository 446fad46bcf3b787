namespace FocalPoint.Domain.Tracing;

public enum DiversionEstablishedBy
{
    Tracing,
    Intelligence,
}

/// <summary>An answer to a trace request; establishes the point of diversion when the history is known.</summary>
public class TraceResult
{
    public const int MaxHolderLength = 200;
    public const int MaxPointLength = 300;

    public long Id { get; set; }
    public long TraceRequestId { get; set; }
    public TraceRequest? TraceRequest { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public bool PointOfDiversionEstablished { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the country where the firearm left legal control.</summary>
    public string? DiversionCountry { get; set; }
    public DiversionEstablishedBy? EstablishedBy { get; set; }
    public string? Summary { get; set; }

    /// <summary>The last dealer, importer or licence holder on record (may name a person: shown only on the trace, audited).</summary>
    public string? LastLegalHolder { get; set; }

    /// <summary>Where and how the firearm left legal control (theft from a home, depot looting, unlicensed resale).</summary>
    public string? PointOfDiversion { get; set; }

    /// <summary>The first retail sale: time to crime runs from this day to the recovery.</summary>
    public DateOnly? FirstRetailSaleOn { get; set; }
}
