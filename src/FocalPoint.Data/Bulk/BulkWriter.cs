using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FocalPoint.Data.Bulk;

/// <summary>
/// Writes rows that already carry their ids through each provider's own bulk path (SQLite: one prepared
/// statement inside the caller's transaction; PostgreSQL: binary COPY), reading table and column names and
/// value conversions from the EF model so that the model stays the single source of truth. The change
/// tracker is bypassed: it manages ~30k rows/s where these paths manage several hundred thousand.
/// </summary>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(FocalPointDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = BulkTable.For(db.Model, typeof(T));
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, table, rows, cancellationToken);
        }
        else
        {
            await InsertPreparedAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), table, rows, cancellationToken);
        }
    }

    /// <summary>After explicit ids were written, moves PostgreSQL identity sequences past them; SQLite needs nothing.</summary>
    public static async Task ResetIdentitiesAsync(FocalPointDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var key = entityType.FindPrimaryKey();
            if (key is not { Properties.Count: 1 } || key.Properties[0].ValueGenerated != ValueGenerated.OnAdd
                || key.Properties[0].ClrType != typeof(long) && key.Properties[0].ClrType != typeof(int))
            {
                continue;
            }

            var table = entityType.GetTableName()!;
            var column = key.Properties[0].GetColumnName();
#pragma warning disable EF1002 // identifiers come from the EF model, never from input
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))",
                cancellationToken);
#pragma warning restore EF1002
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                var value = column.Read(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertPreparedAsync<T>(
        DbConnection connection, DbTransaction? transaction, BulkTable table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var ownTransaction = transaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && SqliteRawInsert.Fits(table))
        {
            SqliteRawInsert.Insert(sqlite, table, rows, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction ?? ownTransaction;
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"));
#pragma warning disable CA2100 // identifiers come from the EF model, values are parameters
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({values})";
#pragma warning restore CA2100
        var parameters = new DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            command.Parameters.Add(parameters[i]);
        }

        // Microsoft.Data.Sqlite does its work synchronously: the async calls would only add overhead per row.
        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].Read(row!) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }
    }
}
