namespace FocalPoint.Risk.Screening;

/// <summary>
/// The random control-check draw: a seeded hash of the record id against the rate. Independent of every profile, so
/// the records it selects measure what the profiles miss as well as what they find; reproducible from the seed.
/// </summary>
internal readonly struct ControlDraw(double rate, ulong seed)
{
    private readonly ulong limit = rate >= 1 ? ulong.MaxValue : (ulong)(Math.Max(rate, 0) * ulong.MaxValue);

    public bool Selects(string recordId)
    {
        if (limit == 0) return false;
        var h = seed ^ 0xCBF29CE484222325UL;
        foreach (var c in recordId) h = (h ^ c) * 0x100000001B3UL;
        // FNV alone clusters on similar ids; the SplitMix64 finaliser spreads them over the whole range.
        h ^= h >> 30; h *= 0xBF58476D1CE4E5B9UL; h ^= h >> 27; h *= 0x94D049BB133111EBUL; h ^= h >> 31;
        return h <= limit;
    }
}
