using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// References for a chunk of imported incidents, reserved per year from the shared <see cref="ReferenceAllocator"/>.
/// On PostgreSQL the reservation commits at once on a connection of its own: the import's long transaction would
/// otherwise hold the year's series row and make every form saving an incident wait for the whole import. Numbers
/// reserved by an import that then fails are simply never used. SQLite has one writer anyway: the import's own
/// transaction reserves them.
/// </summary>
internal sealed class ReferenceNumbers(FocalPointDbContext db)
{
    public async Task AssignAsync(IReadOnlyList<Incident> incidents, CancellationToken ct)
    {
        foreach (var year in incidents.GroupBy(i => i.OccurredOn.Year))
        {
            var next = await ReserveAsync(year.Key, year.Count(), ct);
            foreach (var incident in year)
            {
                incident.Reference = ReferenceAllocator.Format(year.Key, next++);
            }
        }
    }

    private async Task<int> ReserveAsync(int year, int count, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return await ReferenceAllocator.ReserveAsync(db, year, count, ct);
        }

        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var first = await ReferenceAllocator.ReserveAsync(connection, transaction, year, count, ct);
        await transaction.CommitAsync(ct);
        return first;
    }
}
