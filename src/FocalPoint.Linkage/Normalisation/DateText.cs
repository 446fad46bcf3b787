using System.Globalization;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Dates written the ways Kosovo agencies write them, to ISO yyyy-MM-dd.</summary>
internal static class DateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy.", "d.M.yyyy.", "dd/MM/yyyy",
        "d/M/yyyy", "yyyy/MM/dd", "yyyyMMdd", "dd-MM-yyyy", "d-M-yyyy", "yyyy.MM.dd",
    ];

    /// <summary>Parses invariantly; returns false for text that is not a date.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        // Exports from databases carry a midnight time part: keep the date.
        if (DateTime.TryParseExact(t, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        return false;
    }

    public static string? ToIso(string text) =>
        TryParse(text, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
