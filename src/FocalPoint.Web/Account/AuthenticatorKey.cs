using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Web.Account;

/// <summary>
/// Presents an authenticator (RFC 6238) shared key: grouped for typing by hand and as an otpauth:// URI for apps
/// that accept one pasted in; no QR code, because no QR library is allowed in the build.
/// </summary>
internal static class AuthenticatorKey
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const string Issuer = "FocalPoint";

    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string userName, string key) => string.Create(
        CultureInfo.InvariantCulture,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>
    /// The fixed secret of a demo account: the same on every start, so a phone enrolled once keeps working.
    /// Public knowledge by design; demo mode must never run with real data.
    /// </summary>
    public static string DemoSecret(string userName) =>
        ToBase32(SHA256.HashData(Encoding.UTF8.GetBytes("focalpoint-demo:" + userName)).AsSpan(0, 20));

    /// <summary>RFC 4648 base32 without padding, the form Identity's authenticator provider stores.</summary>
    public static string ToBase32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
