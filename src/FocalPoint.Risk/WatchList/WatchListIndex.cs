using FocalPoint.Linkage;

namespace FocalPoint.Risk.WatchList;

/// <summary>
/// The watch-list, indexed so that a record meets only a handful of entries: persons by word-and-initial blocks and by
/// birth date, plates by their one-deletion neighbourhood (plates then must be one misreading apart, see
/// <see cref="NameKey.IsMisread"/>). Candidates are scored with Jaro-Winkler on the normalised forms. Entries are added and removed one by one as the registry changes; lookups may run on several
/// threads at once, but never while the index is being changed.
/// </summary>
public sealed class WatchListIndex
{
    private readonly List<Slot?> slots = [];
    private readonly Dictionary<string, int> byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, List<int>> byBirth = [];

    /// <summary>An index over the entries; see <see cref="WatchListOptions"/> for the similarity floor.</summary>
    public WatchListIndex(IEnumerable<WatchEntry> entries, WatchListOptions? options = null)
    {
        Options = options ?? new WatchListOptions();
        foreach (var e in entries) Add(e);
    }

    /// <summary>Matching options.</summary>
    public WatchListOptions Options { get; }

    /// <summary>Entries currently on the list.</summary>
    public int Count => byEntity.Count;

    /// <summary>Adds an entry, replacing one with the same entity id.</summary>
    public void Add(WatchEntry entry)
    {
        Remove(entry.EntityId);
        var key = entry.Kind == WatchKind.Person ? NameKey.Person(entry.Value) : NameKey.Plate(entry.Value);
        if (key.Length == 0) return;
        var at = slots.Count;
        var keys = (entry.Kind == WatchKind.Person ? NameKey.PersonBlocks(key).Select(k => "p:" + k) : NameKey.PlateNeighbourhood(key).Select(k => "v:" + k)).Distinct().ToArray();
        slots.Add(new Slot(entry, key, entry.Kind == WatchKind.Person ? NameKey.Words(key) : [], keys));
        byEntity[entry.EntityId] = at;
        foreach (var k in keys) Bucket(blocks, k).Add(at);
        if (entry is { Kind: WatchKind.Person, BirthDate: { } born }) Bucket(byBirth, born).Add(at);
    }

    /// <summary>Removes the entry with this entity id, if any.</summary>
    public bool Remove(string entityId)
    {
        if (!byEntity.Remove(entityId, out var at)) return false;
        var slot = slots[at]!;
        foreach (var k in slot.Keys) blocks[k].Remove(at);
        if (slot.Entry.BirthDate is { } born) byBirth[born].Remove(at);
        slots[at] = null;
        return true;
    }

    /// <summary>Watch-listed persons like this traveller, best first.</summary>
    public IReadOnlyList<WatchMatch> MatchPerson(string name, DateOnly? birthDate, string field)
    {
        var words = NameKey.Words(NameKey.Person(name));
        return words.Length == 0 ? [] : WithBirthDate(Candidates(words), words, birthDate, field);
    }

    /// <summary>
    /// Entries whose name is like the normalised name, birth date not yet considered. Travellers share names far more
    /// than birth dates, so a screener remembers this per name and applies the birth date per traveller.
    /// </summary>
    internal (int Slot, double Similarity)[] NameCandidates(string[] words)
    {
        var key = string.Join(' ', words);
        var seen = new HashSet<int>();
        var found = new List<(int, double)>();
        foreach (var block in NameKey.PersonBlocks(key))
        {
            if (!blocks.TryGetValue("p:" + block, out var list)) continue;
            foreach (var at in list)
            {
                if (!seen.Add(at)) continue;
                var similarity = NameKey.PersonSimilarity(slots[at]!.Words, words);
                if (similarity >= Options.MinSimilarity) found.Add((at, similarity));
            }
        }
        return [.. found];
    }

    /// <summary>A name's candidates, split by their birth dates once, so that each traveller's birth date picks its few at once.</summary>
    internal NameCandidateSet Candidates(string[] words)
    {
        var all = words.Length == 0 ? [] : NameCandidates(words);
        if (all.Length == 0) return NameCandidateSet.Empty;
        var undated = new List<(int, double)>();
        var byDate = new Dictionary<DateOnly, List<(int, double)>>();
        foreach (var c in all)
        {
            if (slots[c.Slot]?.Entry.BirthDate is not { } born) undated.Add(c);
            else if (byDate.TryGetValue(born, out var list)) list.Add(c);
            else byDate[born] = [c];
        }
        return new NameCandidateSet(all, [.. undated], byDate.ToDictionary(d => d.Key, d => d.Value.ToArray()));
    }

    /// <summary>
    /// The name candidates that the birth date does not rule out, plus entries born the same day whose name is still
    /// alike (both words misspelt, so no word block met them). Best first; equal ones in entity order, so the answer
    /// never depends on the order the index met them.
    /// </summary>
    internal IReadOnlyList<WatchMatch> WithBirthDate(NameCandidateSet candidates, string[] words, DateOnly? birthDate, string field)
    {
        List<WatchMatch>? found = null;
        if (birthDate is not { } born)
        {
            foreach (var (at, similarity) in candidates.All)
            {
                if (slots[at]?.Entry is { } entry) (found ??= []).Add(new WatchMatch(entry, similarity, field, false));
            }
        }
        else
        {
            foreach (var (at, similarity) in candidates.Undated)
            {
                if (slots[at]?.Entry is { } entry) (found ??= []).Add(new WatchMatch(entry, similarity, field, false));
            }
            var dated = candidates.ByBirth.GetValueOrDefault(born) ?? [];
            foreach (var (at, similarity) in dated)
            {
                if (slots[at]?.Entry is { } entry) (found ??= []).Add(new WatchMatch(entry, similarity, field, true));
            }
            if (byBirth.TryGetValue(born, out var sameDay))
            {
                foreach (var at in sameDay)
                {
                    if (Contains(dated, at)) continue;
                    var slot = slots[at]!;
                    var similarity = NameKey.PersonSimilarity(slot.Words, words);
                    if (similarity >= Options.MinSimilarity) (found ??= []).Add(new WatchMatch(slot.Entry, similarity, field, true));
                }
            }
        }
        if (found is null) return [];
        found.Sort(BestFirst);
        return found;
    }

    private static int BestFirst(WatchMatch x, WatchMatch y)
    {
        var bySimilarity = y.Similarity.CompareTo(x.Similarity);
        return bySimilarity != 0 ? bySimilarity : string.CompareOrdinal(x.Entry.EntityId, y.Entry.EntityId);
    }

    /// <summary>Watch-listed vehicles with a plate like this one, best first.</summary>
    public IReadOnlyList<WatchMatch> MatchPlate(string plate)
    {
        var key = NameKey.Plate(plate);
        if (key.Length == 0) return [];
        var seen = new HashSet<int>();
        var found = new List<WatchMatch>();
        foreach (var variant in NameKey.PlateNeighbourhood(key))
            Consider(blocks.GetValueOrDefault("v:" + variant), key, null, "plate", seen, found);
        found.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return found;
    }

    /// <summary>Every live entry, for the straightforward evaluation the benchmark compares against.</summary>
    internal IEnumerable<(WatchEntry Entry, string Key)> Entries => slots.Where(s => s is not null).Select(s => (s!.Entry, s.Key));

    private void Consider(List<int>? candidates, string key, DateOnly? birthDate, string field, HashSet<int> seen, List<WatchMatch> found)
    {
        if (candidates is null) return;
        foreach (var at in candidates)
        {
            if (!seen.Add(at)) continue;
            var match = Score(slots[at]!, key, birthDate, field, Options.MinSimilarity);
            if (match is not null) found.Add(match);
        }
    }

    /// <summary>One entry against one normalised value: the rule shared by the index and the straightforward scan.</summary>
    internal static WatchMatch? Score(Slot slot, string key, DateOnly? birthDate, string field, double floor)
    {
        // The straightforward path: words split on every call, as a plain scan would.
        var entry = slot.Entry;
        if (entry.BirthDate is { } a && birthDate is { } b && a != b) return null;
        if (entry.Kind == WatchKind.Vehicle && !NameKey.IsMisread(slot.Key, key)) return null;
        var similarity = entry.Kind == WatchKind.Person ? NameKey.PersonSimilarity(slot.Words, NameKey.Words(key)) : Similarity.JaroWinkler(slot.Key, key);
        return similarity >= floor ? new WatchMatch(entry, similarity, field, entry.BirthDate is not null && entry.BirthDate == birthDate) : null;
    }

    private static bool Contains((int Slot, double Similarity)[] candidates, int at)
    {
        foreach (var c in candidates) if (c.Slot == at) return true;
        return false;
    }

    private static List<int> Bucket<TKey>(Dictionary<TKey, List<int>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    internal sealed record Slot(WatchEntry Entry, string Key, string[] Words, string[] Keys);
}

/// <summary>How the watch-list matches.</summary>
/// <param name="MinSimilarity">Matches below this similarity are not reported at all.</param>
public sealed record WatchListOptions(double MinSimilarity = 0.88);

/// <summary>The watch-list entries whose name is like one name: all, those without a birth date, and the rest by birth date.</summary>
internal sealed record NameCandidateSet((int Slot, double Similarity)[] All, (int Slot, double Similarity)[] Undated, Dictionary<DateOnly, (int Slot, double Similarity)[]> ByBirth)
{
    public static NameCandidateSet Empty { get; } = new([], [], []);
}
