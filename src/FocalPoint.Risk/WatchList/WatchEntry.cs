namespace FocalPoint.Risk.WatchList;

/// <summary>What a watch-list entry stands for.</summary>
public enum WatchKind
{
    /// <summary>A person (name, birth date when known).</summary>
    Person,
    /// <summary>A vehicle (plate).</summary>
    Vehicle,
}

/// <summary>
/// A person or vehicle from the registry's firearms incidents. The engine only matches it; <see cref="Reference"/> is
/// the caller's handle (the resolved entity, the incident behind it), never shown by the engine.
/// </summary>
/// <param name="EntityId">Stable id; adding the same id again replaces the entry.</param>
/// <param name="Kind">Person or vehicle.</param>
/// <param name="Value">Full name or plate as recorded.</param>
/// <param name="BirthDate">Persons: date of birth when known; a traveller with another birth date never matches.</param>
/// <param name="Reference">Caller's handle for the source of the entry.</param>
public sealed record WatchEntry(string EntityId, WatchKind Kind, string Value, DateOnly? BirthDate, string Reference);

/// <summary>A watch-list entry matched by a record, and how well.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Similarity">Jaro-Winkler similarity of the normalised values (names: mean over the words), in (0, 1].</param>
/// <param name="Field">What on the record matched: "plate" or "person 1", "person 2", ...</param>
/// <param name="BirthDateAgrees">Persons: both birth dates known and equal.</param>
public sealed record WatchMatch(WatchEntry Entry, double Similarity, string Field, bool BirthDateAgrees);
