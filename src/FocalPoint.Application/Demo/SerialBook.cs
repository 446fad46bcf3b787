namespace FocalPoint.Application.Demo;

/// <summary>
/// The serials already stamped, per make: a maker does not stamp one serial on two guns, so a drawn serial that is taken
/// is drawn again (from the serial stream). Kept as 64-bit keys so a million guns cost a few tens of megabytes. After a
/// few failed redraws (a nearly full serial space at very large scales) the duplicate is accepted: vanishingly rare.
/// </summary>
internal sealed class SerialBook(Random redraws)
{
    private const int MaxRedraws = 16;
    private readonly HashSet<long> issued = [];

    public string Unique(string make, string pattern, string drawn)
    {
        var serial = drawn;
        for (var attempt = 0; !issued.Add(Key(make, serial)) && attempt < MaxRedraws; attempt++)
        {
            serial = DemoSerials.Create(pattern, redraws);
        }

        return serial;
    }

    // FNV-1a over make and serial: stable across processes (string.GetHashCode is randomised per process).
    private static long Key(string make, string serial)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in make.Append('|').Concat(serial))
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
