using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>One typed word: the index terms it matches and how many incidents hold any of them (capped at <see cref="TextSearch.RareLimit"/> + 1).</summary>
public sealed record WordMatch(string Word, long[] Terms, int Incidents);

/// <summary>The typed words of a text search; the rarest drives the query unless even it is frequent.</summary>
public sealed record TextPlan(IReadOnlyList<WordMatch> Words)
{
    public WordMatch? Rarest { get; } = Words.MinBy(w => w.Incidents);

    /// <summary>True when even the rarest word is in many incidents: the query then walks the time index instead.</summary>
    public bool Frequent => Rarest is null || Rarest.Incidents > TextSearch.RareLimit;
}

/// <summary>
/// The incident list's free text (ADR 0016). Every typed word (3+ letters or digits, case, accents and script ignored)
/// must match, as a whole word, as the start of a word (or the start or end of a word with digits: "00148" finds
/// FP-2024-000148), as the start or end of a serial read through the linkage normaliser (look-alike characters
/// folded), or as a reference-data name (<see cref="SearchFacts"/>). Words are found through keyed hashes: the
/// narrative is encrypted at rest, and a LIKE scan over a million rows would miss the list's time budget anyway (ADR 0007).
/// </summary>
public static class TextSearch
{
    /// <summary>Above this many incidents for its rarest word, a search walks the time index instead of the word's postings.</summary>
    public const int RareLimit = 50_000;

    /// <summary>The most indexed words one typed word may stand for ("000" begins a thousand reference numbers).</summary>
    public const int MaxExpansion = 2_000;

    public static async Task<TextPlan> PlanAsync(FocalPointDbContext db, string text, FieldIndex index, CancellationToken cancellationToken)
    {
        var facts = await SearchFacts.LoadAsync(db, cancellationToken);
        var words = new List<WordMatch>();
        foreach (var word in FieldIndex.Tokens(text))
        {
            var terms = new HashSet<long> { index.Word(word) };
            terms.UnionWith(facts.Match(word, index));
            var parts = new List<long> { index.WordPart(word) };
            var serial = Normalisers.Serial(word);
            if (serial.Length >= FieldIndex.MinWordLength)
            {
                terms.Add(index.Serial(serial));
            }

            if (serial.Length >= IncidentTerms.MinSerialPart)
            {
                parts.Add(index.SerialPart(serial));
            }

            terms.UnionWith(await db.SearchPrefixes.Where(p => parts.Contains(p.PrefixHash)).Select(p => p.TermHash).Take(MaxExpansion).ToListAsync(cancellationToken));
            var all = terms.ToArray();
            var count = await db.IncidentSearchTerms.Where(t => all.Contains(t.TermHash)).Take(RareLimit + 1).CountAsync(cancellationToken);
            words.Add(new WordMatch(word, all, count));
        }

        return new TextPlan(words);
    }

    public static IQueryable<Incident> Matching(FocalPointDbContext db, IQueryable<Incident> query, TextPlan plan)
    {
        if (plan.Rarest is not { } rarest || rarest.Incidents == 0)
        {
            return query.Where(_ => false);
        }

        // Rare words: the rarest word's postings are few; the engine reads them once and sorts just those incidents.
        // Intersecting every word's postings instead read all of a common word's (2021 in FP-2021-000777: 150k rows).
        var others = plan.Words;
        if (!plan.Frequent)
        {
            var driving = rarest.Terms;
            query = query.Where(i => db.IncidentSearchTerms.Where(t => driving.Contains(t.TermHash)).Select(t => t.IncidentId).Contains(i.Id));
            others = plan.Words.Where(w => !ReferenceEquals(w, rarest)).ToList();
        }

        // Common words (and the rare path's other words): most incidents the time index yields match, so probing each
        // one's postings finds the page (and the capped count) after a few rows.
        foreach (var word in others)
        {
            var terms = word.Terms;
            query = query.Where(i => db.IncidentSearchTerms.Any(t => t.IncidentId == i.Id && terms.Contains(t.TermHash)));
        }

        return query;
    }
}
