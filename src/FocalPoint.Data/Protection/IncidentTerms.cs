using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Linkage;

namespace FocalPoint.Data.Protection;

/// <summary>
/// What an incident is found by (ADR 0016): the words of its reference, address, narrative and firearm models; its
/// firearms' serials keyed by the linkage normaliser; and its municipality and its firearms' types, makes and calibres
/// by id. Words and serials met for the first time by this instance also yield their <see cref="SearchPrefix"/> rows
/// in <see cref="NewPrefixes"/>. Bulk writers keep one instance for a whole load, as narratives repeat words.
/// </summary>
public sealed class IncidentTerms(FieldIndex index)
{
    /// <summary>Shorter parts of a serial ("A8", "123") would match thousands of guns and tell little.</summary>
    public const int MinSerialPart = 4;

    private readonly Dictionary<string, long> words = new(StringComparer.Ordinal);
    private readonly HashSet<long> serials = [];

    /// <summary>Dictionary rows for words and serials this instance has not handed out before; the writer clears it.</summary>
    public List<SearchPrefix> NewPrefixes { get; } = [];

    public HashSet<long> For(Incident incident, IEnumerable<Firearm> firearms)
    {
        var terms = new HashSet<long>();
        if (incident.MunicipalityId is { } municipality)
        {
            terms.Add(index.Fact(SearchFact.Municipality, municipality));
        }

        // A place abroad is found by its words as written (there is no municipality id to search by).
        AddWords(terms, $"{incident.Reference} {incident.Address} {incident.PlaceName} {incident.PlaceRegion} {incident.Narrative}");
        foreach (var firearm in firearms)
        {
            terms.Add(index.Fact(SearchFact.FirearmType, firearm.FirearmTypeId));
            if (firearm.MakeId is { } make)
            {
                terms.Add(index.Fact(SearchFact.Make, make));
            }

            if (firearm.CalibreId is { } calibre)
            {
                terms.Add(index.Fact(SearchFact.Calibre, calibre));
            }

            AddWords(terms, firearm.Model);
            AddSerial(terms, firearm.SerialAsWritten);
        }

        return terms;
    }

    /// <summary>The parts a word is found by: its prefixes, and for words with digits (reference numbers) its suffixes too.</summary>
    public static IEnumerable<string> WordParts(string word) => Parts(word, FieldIndex.MinWordLength, word.Any(char.IsAsciiDigit));

    /// <summary>The starts and ends of a serial key, without obliterated characters.</summary>
    public static IEnumerable<string> SerialParts(string key) => Parts(key, MinSerialPart, suffixes: true).Where(p => !p.Contains('?', StringComparison.Ordinal));

    private void AddWords(HashSet<long> terms, string? text)
    {
        foreach (var token in FieldIndex.Tokens(text))
        {
            if (!words.TryGetValue(token, out var hash))
            {
                hash = index.Word(token);
                words.Add(token, hash);
                NewPrefixes.AddRange(WordParts(token).Select(p => new SearchPrefix { PrefixHash = index.WordPart(p), TermHash = hash }));
            }

            terms.Add(hash);
        }
    }

    private void AddSerial(HashSet<long> terms, string? asWritten)
    {
        var key = string.IsNullOrWhiteSpace(asWritten) ? "" : Normalisers.Serial(asWritten);
        if (key.Length < FieldIndex.MinWordLength)
        {
            return;
        }

        var hash = index.Serial(key);
        terms.Add(hash);
        if (serials.Add(hash))
        {
            NewPrefixes.AddRange(SerialParts(key).Select(p => new SearchPrefix { PrefixHash = index.SerialPart(p), TermHash = hash }));
        }
    }

    private static IEnumerable<string> Parts(string value, int shortest, bool suffixes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var length = shortest; length < value.Length; length++)
        {
            if (seen.Add(value[..length]))
            {
                yield return value[..length];
            }

            if (suffixes && seen.Add(value[^length..]))
            {
                yield return value[^length..];
            }
        }
    }
}
