using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>
/// Tracking codes (40 random bits, easy to read out) and secrets (100 random bits). Crockford's alphabet leaves
/// out I, L, O and U, so a code copied by hand is not misread; input is upper-cased and stripped of dashes and spaces.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewCode()
    {
        var s = Random(8);
        return $"CY-{s[..4]}-{s[4..]}";
    }

    public static string NewSecret()
    {
        var s = Random(20);
        return $"{s[..5]}-{s[5..10]}-{s[10..15]}-{s[15..]}";
    }

    /// <summary>The stored hash of a secret as typed (dashes, spaces and case do not matter).</summary>
    public static byte[] HashSecret(string? secret) => SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(secret)));

    /// <summary>A code as typed, in its stored form ("cy 7k3m 9qxw" reads as "CY-7K3M-9QXW").</summary>
    public static string NormaliseCode(string? code)
    {
        var s = Normalise(code);
        return s.Length == 10 && s.StartsWith("CY", StringComparison.Ordinal) ? $"CY-{s[2..6]}-{s[6..]}" : s;
    }

    private static string Normalise(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            if (c is not ('-' or ' ') && builder.Length < 64)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
