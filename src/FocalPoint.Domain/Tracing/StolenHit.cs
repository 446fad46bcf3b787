using FocalPoint.Domain.Items;

namespace FocalPoint.Domain.Tracing;

/// <summary>How a recorded serial matched a serial of the lost-and-stolen register (the linkage engine's serial levels).</summary>
public enum StolenMatch
{
    /// <summary>The same serial once separators and case are set aside.</summary>
    Exact,

    /// <summary>The same after look-alike characters are folded (O/0, I/1, S/5, Cyrillic letters).</summary>
    LookAlike,

    /// <summary>Obliterated characters or a read fragment agree with the other serial.</summary>
    Partial,

    /// <summary>One character wrong, missing or two neighbours swapped.</summary>
    OneCharacter,
}

public enum StolenHitState
{
    Open,
    Confirmed,
    Dismissed,
}

/// <summary>
/// A firearm recorded in the registry whose serial matches a firearm reported lost or stolen (a firearm of a
/// TheftOrLoss incident). Found automatically when the firearm is recorded or imported; both records' holders see it.
/// </summary>
public class StolenHit
{
    public long Id { get; set; }
    public long FirearmId { get; set; }
    public Firearm? Firearm { get; set; }
    public long StolenFirearmId { get; set; }
    public Firearm? StolenFirearm { get; set; }
    public StolenMatch Match { get; set; }
    public DateTime FoundAtUtc { get; set; }
    public StolenHitState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
}
