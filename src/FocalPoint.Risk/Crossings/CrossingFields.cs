using System.Globalization;

namespace FocalPoint.Risk.Crossings;

/// <summary>The field rules of the documented record shape, one place for the CSV and the JSON readers.</summary>
internal static class CrossingFields
{
    /// <summary>The message when a time cannot be read: the value is shown (a time is not personal data).</summary>
    public static string TimeProblem(ReadOnlySpan<char> text) => $"'{text}' is not a date and time (use 2026-03-01T14:05:00Z).";

    /// <summary>The message when a direction cannot be read.</summary>
    public static string DirectionProblem(ReadOnlySpan<char> text) => $"'{text}' is not a direction (entry or exit).";

    /// <summary>The message when a birth date cannot be read: the column is named, never the value (personal data).</summary>
    public static string BirthDateProblem(int person) => $"The birth date of person {person} is not a date (use yyyy-MM-dd).";

    /// <summary>The message when a field is longer than the shape allows.</summary>
    public static string TooLong(int maxLength) => $"At most {maxLength} characters.";

    public static bool TryBirthDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        // Read digit by digit, like the time: the general parser cost a fifth of reading a row with travellers.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4], out var y) && Digits(text.Slice(5, 2), out var m) && Digits(text.Slice(8, 2), out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            return true;
        }
        date = default;
        return false;
    }

    // The documented form (2026-03-01T14:05:00Z) is read digit by digit: the general parser costs more than the
    // rest of the row. Anything else (offsets, fractions) goes through the general parser, UTC assumed.
    public static bool TryTime(ReadOnlySpan<char> text, out DateTime time)
    {
        if (text.Length == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && Digits(text[..4], out var y) && Digits(text.Slice(5, 2), out var mo) && Digits(text.Slice(8, 2), out var d)
            && Digits(text.Slice(11, 2), out var h) && Digits(text.Slice(14, 2), out var mi) && Digits(text.Slice(17, 2), out var sec)
            && mo is >= 1 and <= 12 && d >= 1 && y >= 1 && d <= DateTime.DaysInMonth(y, mo) && h < 24 && mi < 60 && sec < 60)
        {
            time = new DateTime(y, mo, d, h, mi, sec, DateTimeKind.Utc);
            return true;
        }
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed.UtcDateTime : default;
        return ok;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public static bool TryDirection(ReadOnlySpan<char> text, out Direction direction)
    {
        if (text.Equals("entry", StringComparison.OrdinalIgnoreCase) || text.Equals("in", StringComparison.OrdinalIgnoreCase)) { direction = Direction.Entry; return true; }
        direction = Direction.Exit;
        return text.Equals("exit", StringComparison.OrdinalIgnoreCase) || text.Equals("out", StringComparison.OrdinalIgnoreCase);
    }
}
