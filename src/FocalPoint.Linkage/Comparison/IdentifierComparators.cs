using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// Dates of birth: exact, day and month swapped (12.03 read as 03.12), one digit wrong or two
/// adjacent digits swapped, then within each threshold in days, else. Values are ISO dates.
/// </summary>
internal sealed class DateComparator(double[] days)
    : Comparator(new[] { "day/month swapped", "one digit wrong" }.Concat(days.Select(d => $"within {F(d)} days")))
{
    public override bool Accepts(string value) => value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", out _);

    public override int Level(string a, string b)
    {
        if (a.Length != 10 || b.Length != 10) return Else;
        if (a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) && a.AsSpan(5, 2).SequenceEqual(b.AsSpan(8, 2))
            && a.AsSpan(8, 2).SequenceEqual(b.AsSpan(5, 2))) return 1;
        if (DigitSlip(a, b)) return 2;
        if (!DateOnly.TryParseExact(a, "yyyy-MM-dd", out var x) || !DateOnly.TryParseExact(b, "yyyy-MM-dd", out var y)) return Else;
        var gap = Math.Abs(x.DayNumber - y.DayNumber);
        return days.Length == 0 ? Else : Thresholds.LevelAtMost(gap, days) + 2;
    }

    // One substituted digit or one adjacent transposition, the two typing slips clerks make.
    internal static bool DigitSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        int first = -1, diffs = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (++diffs > 2) return false;
            if (first < 0) first = i;
        }
        if (diffs == 1) return true;
        return diffs == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first];
    }
}

/// <summary>Personal numbers: exact, one digit wrong or two adjacent swapped, else.</summary>
internal sealed class PersonalNumberComparator() : Comparator(["one digit wrong"])
{
    public override int Level(string a, string b) => DateComparator.DigitSlip(a, b) ? 1 : Else;
}

/// <summary>
/// Serial numbers after look-alike folding: exact, partial (obliterated characters as wildcards with at least four
/// legible characters for each unreadable one, or a read fragment of at least 4 characters inside the other), within
/// each edit distance, else.
/// </summary>
internal sealed class SerialComparator(double[] distances)
    : Comparator(new[] { "partial" }.Concat(distances.Select(d => $"damerau-levenshtein <= {F(d)}")))
{
    /// <summary>Two readings with the same unreadable characters ("4997??") are two guns as often as one: partial at best.</summary>
    public override bool GradesEqualValues => true;

    public override int EqualLevel(string value) =>
        !value.Contains(Identifiers.Wildcard) ? 0 : Legible(value.Count(c => c != Identifiers.Wildcard), value.Count(c => c == Identifiers.Wildcard)) ? 1 : Else;

    /// <summary>
    /// Enough legible characters to stand for the serial: at least four, and four for each unreadable one ("1234??"
    /// has a hundred completions, and with thousands of guns of one model some of them are other guns).
    /// </summary>
    private static bool Legible(int known, int unknown) => known >= 4 && known >= 4 * unknown;

    public override int Level(string a, string b)
    {
        if (Partial(a, b)) return 1;
        if (distances.Length == 0) return Else;
        return Thresholds.LevelAtMost(DamerauLevenshtein.Distance(a, b), distances) + 1;
    }

    private static bool Partial(string a, string b)
    {
        if (a.Length == b.Length && (a.Contains(Identifiers.Wildcard) || b.Contains(Identifiers.Wildcard)))
        {
            var known = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == Identifiers.Wildcard || b[i] == Identifiers.Wildcard) continue;
                if (a[i] != b[i]) return false;
                known++;
            }
            return Legible(known, a.Length - known);
        }
        var (shortOne, longOne) = a.Length <= b.Length ? (a, b) : (b, a);
        return shortOne.Length >= 4 && !shortOne.Contains(Identifiers.Wildcard)
            && longOne.Contains(shortOne, StringComparison.Ordinal);
    }
}
