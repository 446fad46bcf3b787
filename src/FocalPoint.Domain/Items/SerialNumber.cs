using System.Text;

namespace FocalPoint.Domain.Items;

/// <summary>Serial numbers as the registry compares them.</summary>
public static class SerialNumber
{
    /// <summary>
    /// Upper-cases and keeps only letters and digits, so "ab-12 345" and "AB12345" are the same serial.
    /// Look-alike characters (0/O, 1/I) are left alone here: that ambiguity belongs to entity resolution.
    /// </summary>
    public static string? Normalise(string? asWritten)
    {
        if (string.IsNullOrWhiteSpace(asWritten))
        {
            return null;
        }

        var builder = new StringBuilder(asWritten.Length);
        foreach (var c in asWritten.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
