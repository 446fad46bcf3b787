using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// Ids for rows written in bulk. SQLite: the import's transaction holds the only write lock, so MAX(Id)+1 onwards is
/// safe. PostgreSQL: ids are drawn from the table's identity sequence, so forms saving at the same time never collide.
/// </summary>
internal sealed class IdAllocator(FocalPointDbContext db)
{
    private readonly Dictionary<string, long> next = new(StringComparer.Ordinal);

    public async Task<long[]> TakeAsync<T>(int count, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var ids = new long[count];
        if (count == 0)
        {
            return ids;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.IsNpgsql())
        {
#pragma warning disable CA2100 // the table name comes from the EF model; the count is a number
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, {count})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
            {
                ids[i] = reader.GetInt64(0);
            }

            return ids;
        }

        if (!next.TryGetValue(table, out var first))
        {
            command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
#pragma warning restore CA2100
            first = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        for (var i = 0; i < count; i++)
        {
            ids[i] = first + i;
        }

        next[table] = first + count;
        return ids;
    }
}
