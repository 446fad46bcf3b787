using System.Globalization;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>Dates, times and numbers as agencies write them, always parsed culture-invariantly.</summary>
public static class ValueParsers
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy.", "d.M.yyyy.", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy HH:mm:ss", "d.M.yyyy H:mm:ss",
        "dd.MM.yyyy. HH:mm", "d.M.yy", "dd.MM.yy",
        "d/M/yyyy", "dd/MM/yyyy", "d/M/yy", "dd/MM/yy", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm", "d/M/yy H:mm", "dd/MM/yyyy HH:mm:ss",
        "d-M-yyyy", "dd-MM-yyyy", "yyyyMMdd",
    ];

    /// <summary>The same formats with slash and dash dates month first (US exports); dotted dates stay day first, as nobody writes them otherwise.</summary>
    private static readonly string[] MonthFirstFormats =
    [
        .. DateFormats.Where(f => f[0] is 'y' || f.Contains('.', StringComparison.Ordinal)),
        "M/d/yyyy", "MM/dd/yyyy", "M/d/yy", "MM/dd/yy", "M/d/yyyy H:mm", "MM/dd/yyyy HH:mm", "M/d/yy H:mm", "MM/dd/yyyy HH:mm:ss",
        "M-d-yyyy", "MM-dd-yyyy",
    ];

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H.mm", "HH.mm", "HHmm"];

    public static bool TryDate(string text, out DateTime value) => TryDate(text, DateOrder.DayFirst, out value);

    public static bool TryDate(string text, DateOrder order, out DateTime value)
    {
        // ISO first: machine exports use it and it is the cheapest to recognise.
        if (text.Length >= 10 && text[4] == '-' && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            return true;
        }

        var formats = order == DateOrder.MonthFirst ? MonthFirstFormats : DateFormats;
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            // Two-digit years: 1930-2029, as agency records of living people and recent incidents need.
            if (value.Year > DateTime.MaxValue.Year)
            {
                return false;
            }

            return true;
        }

        // A spreadsheet serial date (days since 1899-12-30) when a cell lost its date format.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            value = DateTime.FromOADate(serial);
            return true;
        }

        return false;
    }

    /// <summary>An ISO date and time with an offset or Z ("2024-05-17T12:30:00+00:00"): an instant, not a wall-clock time.</summary>
    public static bool TryInstant(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan().Trim();
        if (s.Length < 17 || s[4] != '-' || s[10] is not ('T' or ' '))
        {
            return false;
        }

        var hasOffset = s[^1] is 'Z' or 'z' || (s.Length >= 22 && s[^6] is '+' or '-' && s[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["y"] = true, ["true"] = true, ["1"] = true, ["x"] = true, ["po"] = true, ["da"] = true,
        ["no"] = false, ["n"] = false, ["false"] = false, ["0"] = false, ["jo"] = false, ["ne"] = false,
    };

    public static bool TryFlag(string text, out bool value) => Flags.TryGetValue(text.Trim(), out value);

    public static bool TryTime(string text, out TimeSpan value)
    {
        if (DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            value = time.TimeOfDay;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>"1.234,5", "1,234.5", "12,5" and "12.5": the last separator is the decimal one.</summary>
    public static bool TryNumber(string text, out double value)
    {
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma > dot)
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (comma >= 0)
        {
            s = s.Replace(",", "", StringComparison.Ordinal);
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool TryInteger(string text, out int value)
    {
        value = 0;
        if (!TryNumber(text, out var number) || number != Math.Floor(number) || number is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }
}
