using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Domain.Import;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>
/// Reads the date columns of every row (not only the previewed ones) to learn whether 01/02/2014 means day or month
/// first: a single 25/03/2024 anywhere decides it; a file where every date fits both ways has to be asked about.
/// </summary>
public static class DateOrderScan
{
    private static readonly ImportField[] DateFields = [ImportField.OccurredAt, ImportField.DateOfBirth];

    /// <summary>Scans a stored file through a complete mapping with a reader of its own (the caller's may be half read).</summary>
    public static DateOrderFinding Scan(string path, string fileName, SourceOpener.Sniffed sniffed, string? sheet, ImportMapping mapping, CancellationToken ct)
    {
        using var reader = SourceOpener.Open(path, fileName, sniffed, sheet);
        return Scan(reader, new ColumnMap(mapping, reader.Headers), ct);
    }

    public static DateOrderFinding Scan(ISourceReader reader, ColumnMap map, CancellationToken ct)
    {
        DateExample? dayFirst = null, monthFirst = null, ambiguous = null;
        foreach (var row in reader.ReadRows(ct))
        {
            foreach (var field in DateFields)
            {
                if (map.Get(row.Values, field) is not { } text || !TryParts(text, out var first, out var second))
                {
                    continue;
                }

                // A birth date is personal data: the example names its row and column, never the date itself.
                var example = new DateExample(row.RowNumber, map.ColumnOf(field), field == ImportField.OccurredAt ? text : null);
                if (first > 12 && second <= 12)
                {
                    dayFirst ??= example;
                }
                else if (second > 12 && first <= 12)
                {
                    monthFirst ??= example;
                }
                else if (first <= 12 && second <= 12)
                {
                    ambiguous ??= example;
                }
            }

            if (dayFirst is not null && monthFirst is not null)
            {
                break;
            }
        }

        var evidence = (dayFirst, monthFirst, ambiguous) switch
        {
            ({ }, { }, _) => DateOrderEvidence.Contradicting,
            ({ }, null, _) => DateOrderEvidence.DayFirst,
            (null, { }, _) => DateOrderEvidence.MonthFirst,
            (null, null, { }) => DateOrderEvidence.Undecided,
            _ => DateOrderEvidence.None,
        };
        return new DateOrderFinding(evidence, dayFirst, monthFirst, ambiguous);
    }

    /// <summary>The first two numbers of a date written n/n/yy(yy) or n-n-yy(yy); false for ISO, dotted and serial dates.</summary>
    internal static bool TryParts(string text, out int first, out int second)
    {
        (first, second) = (0, 0);
        var s = text.AsSpan().Trim();
        var a = Digits(s, 0);
        if (a is < 1 or > 2 || s.Length <= a || s[a] is not ('/' or '-'))
        {
            return false;
        }

        var b = Digits(s, a + 1);
        if (b is < 1 or > 2 || s.Length <= a + 1 + b || s[a + 1 + b] != s[a])
        {
            return false;
        }

        var year = Digits(s, a + b + 2);
        if (year is not (2 or 4))
        {
            return false;
        }

        first = int.Parse(s[..a], System.Globalization.CultureInfo.InvariantCulture);
        second = int.Parse(s.Slice(a + 1, b), System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> s, int from)
    {
        var n = 0;
        while (from + n < s.Length && char.IsAsciiDigit(s[from + n]))
        {
            n++;
        }

        return n;
    }
}
