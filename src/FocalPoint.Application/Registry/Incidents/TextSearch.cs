using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// The incident list's free text: whole words (3+ letters or digits, case and accents ignored) found in the
/// reference, address or narrative through the keyed word hashes of <see cref="IncidentSearchTerm"/>; every word must
/// occur. The narrative is encrypted at rest, and a LIKE scan over a million rows would miss the list's time budget
/// anyway (ADR 0007). A complete reference such as FP-2024-000123 is also matched exactly.
/// </summary>
internal static class TextSearch
{
    public static IQueryable<Incident> Matching(FocalPointDbContext db, IQueryable<Incident> query, string text, FieldIndex index)
    {
        var exact = text.Trim();
        var matches = WithEveryWord(db, index.Words(text));
        return matches is null
            ? query.Where(i => i.Reference == exact)
            : query.Where(i => i.Reference == exact || matches.Contains(i.Id));
    }

    /// <summary>
    /// Ids of incidents holding every word: one uncorrelated lookup per word on the (hash, incident) index,
    /// intersected, so the engines evaluate it once rather than per incident.
    /// </summary>
    private static IQueryable<long>? WithEveryWord(FocalPointDbContext db, IReadOnlySet<long> hashes)
    {
        IQueryable<long>? ids = null;
        foreach (var hash in hashes)
        {
            var withWord = db.IncidentSearchTerms.Where(t => t.TermHash == hash).Select(t => t.IncidentId);
            ids = ids is null ? withWord : ids.Intersect(withWord);
        }

        return ids;
    }
}
