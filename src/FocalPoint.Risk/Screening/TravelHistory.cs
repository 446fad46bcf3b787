using FocalPoint.Risk.Crossings;

namespace FocalPoint.Risk.Screening;

/// <summary>
/// Recent crossings per vehicle (normalised plate), kept only as long as the longest pattern needs. Records must
/// arrive in time order per vehicle; a record older than what is already held is judged against what came before it.
/// </summary>
internal sealed class TravelHistory(int days)
{
    private readonly long span = TimeSpan.TicksPerDay * days;
    private readonly Dictionary<string, List<long>> visits = new(StringComparer.Ordinal);

    public int Vehicles => visits.Count;

    /// <summary>The vehicle's earlier crossings within the window (ticks, lowest bit = exit), oldest first.</summary>
    public List<long> Before(string plate, DateTime time)
    {
        if (!visits.TryGetValue(plate, out var list)) visits[plate] = list = new List<long>(4);
        var cutoff = time.Ticks - span;
        var stale = 0;
        while (stale < list.Count && (list[stale] >> 1) <= cutoff) stale++;
        if (stale > 0) list.RemoveRange(0, stale);
        return list;
    }

    public static void Record(List<long> list, DateTime time, Direction direction) =>
        list.Add((time.Ticks << 1) | (direction == Direction.Exit ? 1L : 0L));

    public static bool SameDayReturn(List<long> list, DateTime time, Direction direction)
    {
        var day = time.Ticks / TimeSpan.TicksPerDay;
        var other = direction == Direction.Exit ? 0L : 1L;
        foreach (var v in list)
        {
            if ((v & 1) == other && (v >> 1) / TimeSpan.TicksPerDay == day && (v >> 1) <= time.Ticks) return true;
        }
        return false;
    }

    /// <summary>Crossings in this direction within the last <paramref name="days"/> days, this one included.</summary>
    public static int Count(List<long> list, DateTime time, Direction direction, int days)
    {
        var cutoff = time.Ticks - TimeSpan.TicksPerDay * days;
        var way = direction == Direction.Exit ? 1L : 0L;
        var n = 1;
        foreach (var v in list) if ((v & 1) == way && (v >> 1) > cutoff) n++;
        return n;
    }
}
