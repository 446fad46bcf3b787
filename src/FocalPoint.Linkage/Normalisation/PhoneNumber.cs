using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Phone numbers to E.164 (+CCNNN...), Kosovo (+383) by default.</summary>
internal static class PhoneNumber
{
    /// <summary>Returns the E.164 form, or null when fewer than 6 digits remain.</summary>
    public static string? ToE164(string text, string defaultCountryCode = "383")
    {
        var digits = new StringBuilder(text.Length);
        var international = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c == '+' && digits.Length == 0) international = true;
        }
        var d = digits.ToString();
        if (d.StartsWith("00", StringComparison.Ordinal)) { d = d[2..]; international = true; }
        else if (!international && d.StartsWith('0')) d = defaultCountryCode + d[1..];
        else if (!international && !d.StartsWith(defaultCountryCode, StringComparison.Ordinal) && d.Length <= 9)
        {
            // A national number written without its trunk 0 (44 123 456).
            d = defaultCountryCode + d;
        }
        if (d.Length < 6) return null;
        return "+" + KosovoLegacy(d);
    }

    // Before 2017 Kosovo mobiles ran under Monaco (+377 44/45) and Slovenia (+386 43/49) codes;
    // the same subscriber then moved to +383 with the same digits.
    private static string KosovoLegacy(string d)
    {
        if (d.Length == 11 && d.StartsWith("377", StringComparison.Ordinal) && d[3] == '4' && d[4] is '4' or '5')
            return "383" + d[3..];
        if (d.Length == 11 && d.StartsWith("386", StringComparison.Ordinal) && d[3] == '4' && d[4] is '3' or '9')
            return "383" + d[3..];
        return d;
    }
}
