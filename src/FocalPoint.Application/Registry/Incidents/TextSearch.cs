using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// The incident list's free text: "contains", case-insensitive, on reference and address (SQLite's LIKE already
/// ignores case, PostgreSQL needs ILIKE); whole words in the narrative, which is encrypted at rest and found
/// through the keyed word hashes of <see cref="IncidentSearchTerm"/> (every word of 3+ letters must occur; ADR 0007).
/// </summary>
internal static class TextSearch
{
    private const string Escape = "\\";

    public static IQueryable<Incident> Matching(FocalPointDbContext db, IQueryable<Incident> query, string text, FieldIndex index)
    {
        var pattern = "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
        var narrative = NarrativeMatches(db, index.Words(text));
        if (narrative is null)
        {
            return db.Database.IsNpgsql()
                ? query.Where(i => EF.Functions.ILike(i.Reference, pattern, Escape) || (i.Address != null && EF.Functions.ILike(i.Address, pattern, Escape)))
                : query.Where(i => EF.Functions.Like(i.Reference, pattern, Escape) || (i.Address != null && EF.Functions.Like(i.Address, pattern, Escape)));
        }

        return db.Database.IsNpgsql()
            ? query.Where(i => EF.Functions.ILike(i.Reference, pattern, Escape)
                || (i.Address != null && EF.Functions.ILike(i.Address, pattern, Escape))
                || narrative.Contains(i.Id))
            : query.Where(i => EF.Functions.Like(i.Reference, pattern, Escape)
                || (i.Address != null && EF.Functions.Like(i.Address, pattern, Escape))
                || narrative.Contains(i.Id));
    }

    /// <summary>
    /// Ids of incidents whose narrative has every word: one uncorrelated lookup per word on the (hash, incident)
    /// index, intersected, so the engines evaluate it once rather than per incident.
    /// </summary>
    private static IQueryable<long>? NarrativeMatches(FocalPointDbContext db, IReadOnlySet<long> hashes)
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
