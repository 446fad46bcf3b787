namespace FocalPoint.Data.Limits;

/// <summary>
/// Attempts of one client under one limit in one fixed window, counted in the database so that a limit holds across
/// every web node (ADR 0032). The client is a keyed hash (<see cref="Protection.FieldIndex.RateClient"/>), never an address.
/// </summary>
public class RateCounter
{
    public const int MaxPolicyLength = 40;

    /// <summary>The limit counted, e.g. "sign-in" or "cyber-public".</summary>
    public string Policy { get; set; } = "";

    public long Client { get; set; }

    public DateTime WindowStartUtc { get; set; }

    public long Count { get; set; }
}
