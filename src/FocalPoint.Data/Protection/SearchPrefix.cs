namespace FocalPoint.Data.Protection;

/// <summary>
/// The prefix dictionary of the incident word index: one row per (start or end of an indexed word, that word), both
/// as keyed hashes. A search for "Glo" or "00148" looks up the words it begins (or ends) and then their postings in
/// <see cref="IncidentSearchTerm"/>, so prefix search needs no plaintext vocabulary and no extra postings per incident.
/// Rows are never deleted: a word no incident holds any more expands to nothing.
/// </summary>
public sealed class SearchPrefix
{
    public long PrefixHash { get; set; }
    public long TermHash { get; set; }
}

/// <summary>The reference-data facts an incident is indexed by (<see cref="FieldIndex.Fact"/>).</summary>
public enum SearchFact
{
    Municipality = 'm',
    FirearmType = 't',
    Make = 'k',
    Calibre = 'c',
}
