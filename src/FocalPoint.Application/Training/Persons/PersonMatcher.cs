using FocalPoint.Domain.Parties;
using FocalPoint.Linkage;

namespace FocalPoint.Application.Training.Persons;

/// <summary>What is known of a trained person for matching: the spelling key of the full name, birth year and sex.</summary>
public sealed record PersonTraits(long Id, string NameKey, int? BirthYear, Sex Sex);

/// <summary>How a new participant relates to the persons already known.</summary>
public enum MatchOutcome
{
    /// <summary>Nobody alike: a new person.</summary>
    New,

    /// <summary>The same spelling key, and birth year and sex do not disagree: the same person, counted once.</summary>
    Same,

    /// <summary>Alike but not clearly the same (a near spelling, or the same name with another birth year or sex): a new person for now, and a pair for a trainer to decide.</summary>
    Doubt,
}

public sealed record PersonMatch(MatchOutcome Outcome, PersonTraits? Candidate, double Score);

/// <summary>
/// Decides whether a participant is a person met before, through the linkage engine's spelling key (Albanian, Serbian
/// Latin and Cyrillic spellings and look-alike letters agree: Krasniqi, Krasnići, Красниќи) and its Jaro-Winkler
/// comparator for near spellings (ADR 0028). A birth year or a sex that disagrees never merges automatically.
/// </summary>
public sealed class PersonMatcher
{
    /// <summary>From this Jaro-Winkler similarity of the keys a different spelling is worth a trainer's look.</summary>
    public const double DoubtFrom = 0.92;

    private readonly Dictionary<string, List<PersonTraits>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<PersonTraits>> byFirstSound = [];

    public PersonMatcher(IEnumerable<PersonTraits> known)
    {
        foreach (var person in known)
        {
            Add(person);
        }
    }

    /// <summary>The spelling key of a full name: given and family name, each word keyed, in that order.</summary>
    public static string Key(string givenName, string familyName) =>
        string.Join(' ', Normalisers.SearchFold($"{givenName} {familyName}").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Normalisers.SpellingKey(w)));

    /// <summary>Adds a person (one just created by an import, so that a later row of the same file finds it).</summary>
    public void Add(PersonTraits person)
    {
        if (person.NameKey.Length == 0)
        {
            return;
        }

        (byKey.TryGetValue(person.NameKey, out var same) ? same : byKey[person.NameKey] = []).Add(person);
        var first = person.NameKey[0];
        (byFirstSound.TryGetValue(first, out var block) ? block : byFirstSound[first] = []).Add(person);
    }

    public PersonMatch Match(string nameKey, int? birthYear, Sex sex)
    {
        if (nameKey.Length == 0)
        {
            return new PersonMatch(MatchOutcome.New, null, 0);
        }

        if (byKey.TryGetValue(nameKey, out var same))
        {
            var agreeing = same.FirstOrDefault(p => Agrees(p, birthYear, sex));
            return agreeing is not null ? new PersonMatch(MatchOutcome.Same, agreeing, 1) : new PersonMatch(MatchOutcome.Doubt, same[0], 1);
        }

        // Near spellings are looked for among names that begin with the same sound (a blocking key, as the engine's).
        PersonTraits? best = null;
        var bestScore = 0.0;
        foreach (var person in byFirstSound.GetValueOrDefault(nameKey[0]) ?? [])
        {
            var score = Similarity.JaroWinkler(nameKey, person.NameKey);
            if (score > bestScore && Agrees(person, birthYear, sex))
            {
                (best, bestScore) = (person, score);
            }
        }

        return bestScore >= DoubtFrom ? new PersonMatch(MatchOutcome.Doubt, best, Math.Round(bestScore, 3)) : new PersonMatch(MatchOutcome.New, null, 0);
    }

    private static bool Agrees(PersonTraits person, int? birthYear, Sex sex) =>
        (person.BirthYear is null || birthYear is null || person.BirthYear == birthYear)
        && (person.Sex == Sex.NotRecorded || sex == Sex.NotRecorded || person.Sex == sex);
}
