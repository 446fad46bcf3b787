using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FocalPoint.Linkage;

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

    /// <summary>The distinct hashed words of a text, as both the word index and a search use them.</summary>
    public IReadOnlySet<long> Words(string? text) => Tokens(text).Select(Word).ToHashSet();

    /// <summary>The hash of one token from <see cref="Tokens"/>; bulk writers cache it, as narratives repeat words.</summary>
    public long Word(string token) => Hash("w:" + token);

    /// <summary>A prefix (or, for words with digits, a suffix) of an indexed word: the key of <see cref="SearchPrefix"/>.</summary>
    public long WordPart(string part) => Hash("p:" + part);

    /// <summary>A serial as the linkage normaliser keys it (look-alike characters folded).</summary>
    public long Serial(string key) => Hash("s:" + key);

    /// <summary>The start or end of a serial key.</summary>
    public long SerialPart(string part) => Hash("sp:" + part);

    /// <summary>
    /// A reference-data fact of an incident (its municipality, its firearms' types, makes and calibres) by id: searches
    /// match the names in every language and script in memory and look the ids up, so renaming never needs a reindex.
    /// </summary>
    public long Fact(SearchFact kind, int id) => Hash(string.Create(CultureInfo.InvariantCulture, $"f:{(char)kind}:{id}"));

    /// <summary>A client a rate limit counts (its address): stored in the shared counters without revealing the address.</summary>
    public long RateClient(string client) => Hash("rl:" + client);

    /// <summary>Letters and digits only, upper case: "123 456-789" and "123456789" are the same number.</summary>
    public static string NormalisePersonalNumber(string? value) =>
        string.Concat((value ?? "").Where(char.IsLetterOrDigit)).ToUpperInvariant();

    /// <summary>
    /// The words of a text through the linkage engine's search folding (Cyrillic to Latin, no diacritics, lower case:
    /// "Gjakovë", "gjakove" and "Ђаковица"'s Latin forms match), split on anything not a letter or digit.
    /// </summary>
    public static IEnumerable<string> Tokens(string? text) =>
        Normalisers.SearchFold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= MinWordLength).Distinct(StringComparer.Ordinal);

    private long Hash(string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(value), mac);
        return BinaryPrimitives.ReadInt64BigEndian(mac);
    }
}
