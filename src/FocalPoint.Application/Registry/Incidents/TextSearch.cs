using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Case-insensitive "contains" on both providers: SQLite's LIKE already ignores case, PostgreSQL needs ILIKE.</summary>
internal static class TextSearch
{
    private const string Escape = "\\";

    public static IQueryable<Incident> Matching(FocalPointDbContext db, IQueryable<Incident> query, string text)
    {
        var pattern = "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
        return db.Database.IsNpgsql()
            ? query.Where(i => EF.Functions.ILike(i.Reference, pattern, Escape)
                || EF.Functions.ILike(i.Narrative, pattern, Escape)
                || (i.Address != null && EF.Functions.ILike(i.Address, pattern, Escape)))
            : query.Where(i => EF.Functions.Like(i.Reference, pattern, Escape)
                || EF.Functions.Like(i.Narrative, pattern, Escape)
                || (i.Address != null && EF.Functions.Like(i.Address, pattern, Escape)));
    }
}
