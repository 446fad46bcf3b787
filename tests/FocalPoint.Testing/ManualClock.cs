namespace FocalPoint.Testing;

/// <summary>A clock that moves only when told, for time-outs that would otherwise take half an hour to test.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
