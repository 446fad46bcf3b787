using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FocalPoint.Domain.Cyber;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>
/// Strict syntax per indicator type, and the canonical form stored (lower-case hex and host names, compressed IPv6),
/// so that the same indicator reported twice is the same value and exports carry valid STIX patterns.
/// </summary>
public static partial class IndicatorRules
{
    /// <summary>The canonical value, or null when the text is not a valid indicator of that type.</summary>
    public static string? Canonical(CyberIndicatorType type, string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length is 0 or > CyberIndicator.MaxValueLength)
        {
            return null;
        }

        return type switch
        {
            CyberIndicatorType.Md5 => Hex(value, 32),
            CyberIndicatorType.Sha1 => Hex(value, 40),
            CyberIndicatorType.Sha256 => Hex(value, 64),
            CyberIndicatorType.IPv4 => IPv4().IsMatch(value) ? value : null,
            CyberIndicatorType.IPv6 => IPv6(value),
            CyberIndicatorType.Domain => Domain(value),
            CyberIndicatorType.Url => Url(value),
            CyberIndicatorType.Email => Email(value),
            _ => null,
        };
    }

    /// <summary>
    /// The type a line of the form most likely means, so that a person can paste indicators without naming each type
    /// and still be told precisely what is wrong ("999.1.1.1 is not a valid IPv4").
    /// </summary>
    public static CyberIndicatorType Guess(string text)
    {
        var value = text.Trim();
        if (value.Contains("://", StringComparison.Ordinal))
        {
            return CyberIndicatorType.Url;
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            return CyberIndicatorType.Email;
        }

        if (value.Contains(':', StringComparison.Ordinal))
        {
            return CyberIndicatorType.IPv6;
        }

        if (value.Length >= 24 && value.All(char.IsAsciiHexDigit))
        {
            return value.Length <= 36 ? CyberIndicatorType.Md5 : value.Length <= 52 ? CyberIndicatorType.Sha1 : CyberIndicatorType.Sha256;
        }

        return value.All(c => char.IsAsciiDigit(c) || c == '.') ? CyberIndicatorType.IPv4 : CyberIndicatorType.Domain;
    }

    /// <summary>The technical name of a type, the same in every language of the UI.</summary>
    public static string Label(CyberIndicatorType type) => type switch
    {
        CyberIndicatorType.Md5 => "MD5",
        CyberIndicatorType.Sha1 => "SHA-1",
        CyberIndicatorType.Sha256 => "SHA-256",
        CyberIndicatorType.Domain => "DNS",
        CyberIndicatorType.Url => "URL",
        CyberIndicatorType.Email => "e-mail",
        _ => type.ToString(),
    };

    private static string? Hex(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiHexDigit) ? value.ToLowerInvariant() : null;

    private static string? IPv6(string value) =>
        value.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            && !value.Contains('%', StringComparison.Ordinal)
            ? address.ToString()
            : null;

    /// <summary>A host name in its ASCII (punycode) form: two labels at least, letters, digits and inner hyphens.</summary>
    internal static string? Domain(string value)
    {
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(value.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        return ascii.Length <= 253 && labels.Length >= 2 && labels.All(l => Label().IsMatch(l)) && TopLevel().IsMatch(labels[^1]) ? ascii : null;
    }

    private static string? Url(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ftp") || value.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var hostOk = uri.HostNameType switch
        {
            UriHostNameType.Dns => Domain(uri.IdnHost) is not null,
            UriHostNameType.IPv4 => IPv4().IsMatch(uri.Host),
            UriHostNameType.IPv6 => true,
            _ => false,
        };
        return hostOk ? uri.AbsoluteUri : null;
    }

    private static string? Email(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at > 64 || !LocalPart().IsMatch(value[..at]))
        {
            return null;
        }

        var domain = Domain(value[(at + 1)..]);
        return domain is null ? null : value[..at] + "@" + domain;
    }

    // Dotted quad, no leading zeros (010 reads as octal in some tools: refused rather than guessed).
    [GeneratedRegex(@"^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPart();
}
