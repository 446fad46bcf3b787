using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Keyed hashes (HMAC-SHA256, first 8 bytes) of normalised values, so that encrypted columns can still be searched
/// by equality without the database ever holding the plaintext. Without the key a hash cannot be recomputed from a
/// guessed value, which a plain hash of a 10-digit personal number would allow in seconds.
/// </summary>
public sealed class FieldIndex(byte[] secret)
{
    /// <summary>Shorter words ("a", "in", "of") would match nearly every narrative and tell little.</summary>
    public const int MinWordLength = 3;

    public long? PersonalNumber(string? personalNumber)
    {
        var normalised = NormalisePersonalNumber(personalNumber);
        return normalised.Length == 0 ? null : Hash("pn:" + normalised);
    }

    /// <summary>The distinct hashed words of a text, as both the narrative index and a search use them.</summary>
    public IReadOnlySet<long> Words(string? text) => Tokens(text).Select(Word).ToHashSet();

    /// <summary>The hash of one token from <see cref="Tokens"/>; bulk writers cache it, as narratives repeat words.</summary>
    public long Word(string token) => Hash("w:" + token);

    /// <summary>
    /// The words an incident is found by: its reference, address and narrative. One index for all three keeps the
    /// list's text filter an index lookup; a LIKE scan over a million rows would not be.
    /// </summary>
    public IReadOnlySet<long> IncidentWords(FocalPoint.Domain.Incidents.Incident incident) =>
        Words($"{incident.Reference} {incident.Address} {incident.Narrative}");

    /// <summary>Letters and digits only, upper case: "123 456-789" and "123456789" are the same number.</summary>
    public static string NormalisePersonalNumber(string? value) =>
        string.Concat((value ?? "").Where(char.IsLetterOrDigit)).ToUpperInvariant();

    /// <summary>Lower case without diacritics ("Gjakovë" and "gjakove" match), split on anything not a letter or digit.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        var folded = new StringBuilder((text ?? "").Length);
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= MinWordLength).Distinct(StringComparer.Ordinal);
    }

    private long Hash(string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(value), mac);
        return BinaryPrimitives.ReadInt64BigEndian(mac);
    }
}
