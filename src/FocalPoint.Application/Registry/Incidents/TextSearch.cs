using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>The hashed words of a text search and how selective the rarest of them is.</summary>
/// <param name="Rarest">The word hash held by the fewest incidents.</param>
/// <param name="Frequent">True when even the rarest word is in many incidents (see <see cref="TextSearch.RareLimit"/>).</param>
public sealed record TextPlan(IReadOnlySet<long> Hashes, long Rarest, bool Frequent);

/// <summary>
/// The incident list's free text: whole words (3+ letters or digits, case and accents ignored) found in the
/// reference, address or narrative through the keyed word hashes of <see cref="IncidentSearchTerm"/>; every word must
/// occur. The narrative is encrypted at rest, and a LIKE scan over a million rows would miss the list's time budget
/// anyway (ADR 0007). A reference such as FP-2024-000123 is found through its words 2024 and 000123.
/// </summary>
public static class TextSearch
{
    /// <summary>Above this many incidents for its rarest word, a search walks the time index instead of the word's postings.</summary>
    public const int RareLimit = 50_000;

    /// <summary>Counts (capped) the incidents holding the rarest word, so that the query can take the cheaper of two shapes.</summary>
    public static async Task<TextPlan> PlanAsync(FocalPointDbContext db, string text, FieldIndex index, CancellationToken cancellationToken)
    {
        var hashes = index.Words(text);
        var rarest = int.MaxValue;
        var rarestHash = 0L;
        foreach (var hash in hashes)
        {
            var count = await db.IncidentSearchTerms.Where(t => t.TermHash == hash).Take(RareLimit + 1).CountAsync(cancellationToken);
            if (count < rarest)
            {
                (rarest, rarestHash) = (count, hash);
            }
        }

        return new TextPlan(hashes, rarestHash, rarest > RareLimit);
    }

    public static IQueryable<Incident> Matching(FocalPointDbContext db, IQueryable<Incident> query, TextPlan plan)
    {
        if (plan.Hashes.Count == 0)
        {
            return query.Where(_ => false);
        }

        // Rare words: the rarest word's postings are few; the engine reads them once and sorts just those incidents.
        // Intersecting every word's postings instead read all of a common word's (2021 in FP-2021-000777: 150k rows).
        var others = plan.Hashes;
        if (!plan.Frequent)
        {
            var rarest = plan.Rarest;
            query = query.Where(i => db.IncidentSearchTerms.Where(t => t.TermHash == rarest).Select(t => t.IncidentId).Contains(i.Id));
            others = plan.Hashes.Where(h => h != rarest).ToHashSet();
        }

        // Common words (and the rare path's other words): most incidents the time index yields match, so probing each
        // one's postings finds the page (and the capped count) after a few rows.
        foreach (var hash in others)
        {
            query = query.Where(i => db.IncidentSearchTerms.Any(t => t.IncidentId == i.Id && t.TermHash == hash));
        }

        return query;
    }
}
