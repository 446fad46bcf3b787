using System.Globalization;

namespace FocalPoint.Linkage.Tests.Generators;

/// <summary>
/// What goes wrong between a person and a record of them: typos, a missing field, a day/month swap or wrong digit,
/// an unreadable date, a move to another address. A corrupted record carries one or two of these.
/// </summary>
internal static class Corruption
{
    public static string?[] Apply(string?[] row, Random rng)
    {
        var r = (string?[])row.Clone();
        var faults = rng.NextDouble() < 0.5 ? 1 : 2;
        for (var f = 0; f < faults; f++)
        {
            switch (rng.Next(8))
            {
                case 0: r[1] = Typo(r[1], rng); break;
                case 1: r[2] = Typo(r[2], rng); break;
                case 2: r[3] = DateSlip(r[3], rng); break;
                case 3: r[1 + rng.Next(r.Length - 1)] = null; break;
                case 4:
                    var (address, town, postcode) = Population.Address(rng);
                    (r[4], r[5], r[6]) = (address, town, postcode);
                    break;
                case 5: r[7] = rng.Next(2) == 0 ? null : Typo(r[7], rng); break;
                case 6: r[4] = Typo(r[4], rng); break;
                default: r[1] = Typo(r[1], rng); r[2] = r[2]?.ToUpperInvariant(); break;
            }
        }
        return r;
    }

    public static string? Typo(string? s, Random rng)
    {
        if (string.IsNullOrEmpty(s) || s.Length < 3) return s;
        var i = 1 + rng.Next(s.Length - 2);
        return rng.Next(4) switch
        {
            0 => s.Remove(i, 1),
            1 => s.Insert(i, ((char)('a' + rng.Next(26))).ToString()),
            2 => s[..i] + (char)('a' + rng.Next(26)) + s[(i + 1)..],
            _ => s[..(i - 1)] + s[i] + s[i - 1] + s[(i + 1)..],
        };
    }

    /// <summary>Day and month swapped, one digit changed, or a date that is no date (19371233).</summary>
    public static string? DateSlip(string? iso, Random rng)
    {
        if (!DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return iso;
        return rng.Next(3) switch
        {
            0 when d.Day <= 12 => $"{d.Year:0000}-{d.Day:00}-{d.Month:00}",
            1 => d.AddYears(rng.Next(2) == 0 ? 1 : -1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => $"{d.Year:0000}{d.Month:00}{32 + rng.Next(8)}",
        };
    }
}
