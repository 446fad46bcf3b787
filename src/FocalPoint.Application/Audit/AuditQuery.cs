using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Audit;

/// <summary>The filtered entries, newest first; shared by the search and the export so that both list the same.</summary>
internal static class AuditQuery
{
    private const string Escape = "\\";

    public static IQueryable<AuditEntryRow> Apply(FocalPointDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(e => e.Actor == actor);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordKind))
        {
            var kind = filter.RecordKind.Trim();
            query = query.Where(e => e.RecordKind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordId))
        {
            // Ids are stored comma-separated: fencing both sides with commas matches whole ids only.
            var fenced = "," + filter.RecordId.Trim() + ",";
            query = query.Where(e => ("," + e.RecordIds + ",").Contains(fenced));
        }

        if (!string.IsNullOrWhiteSpace(filter.Purpose))
        {
            query = PurposeContaining(db, query, filter.Purpose.Trim());
        }

        return query.OrderByDescending(e => e.Sequence).Select(e => new AuditEntryRow(
            e.Sequence, e.AtUtc, e.Actor, e.ClientAddress, e.Action, e.RecordKind, e.RecordIds, e.Purpose, e.Recipients, e.Detail));
    }

    /// <summary>Case-insensitive on both providers: SQLite's LIKE ignores case already, PostgreSQL needs ILIKE.</summary>
    private static IQueryable<AuditEntry> PurposeContaining(FocalPointDbContext db, IQueryable<AuditEntry> query, string text)
    {
        var pattern = "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
        return db.Database.IsNpgsql()
            ? query.Where(e => e.Purpose != null && EF.Functions.ILike(e.Purpose, pattern, Escape))
            : query.Where(e => e.Purpose != null && EF.Functions.Like(e.Purpose, pattern, Escape));
    }
}
